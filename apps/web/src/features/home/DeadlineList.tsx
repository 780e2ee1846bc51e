import { Card, Empty, List, Tag, Typography } from 'antd';
import { ClockCircleOutlined, ExclamationCircleOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { useMessages } from '../../i18n/define-messages';
import type { HomeDeadline } from './home-api';
import { homeMessages } from './home-messages';

/** The nearest dated duties: what, whose, the last day (Beijing date), overdue marked by icon and word, not colour alone. */
export function DeadlineList({ deadlines }: { deadlines: readonly HomeDeadline[] }) {
  const t = useMessages(homeMessages);
  return (
    <Card title={t('home.deadlines')} size="small" data-testid="home-deadlines">
      {deadlines.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('home.deadlines.none')} />
      ) : (
        <List
          size="small"
          dataSource={[...deadlines]}
          renderItem={(d) => (
            <List.Item data-testid={`home-deadline-${d.kind}`}>
              <Link to={d.link} style={{ display: 'block', width: '100%', minWidth: 0 }}>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t(`home.deadline.${d.kind}`)}</Typography.Text>
                <div className="home-deadline-title">{d.title}</div>
                {d.isOverdue ? (
                  <Tag color="error" icon={<ExclamationCircleOutlined />}>{t('home.deadline.overdue')} · {t('home.deadline.due', { day: d.due })}</Tag>
                ) : (
                  <Tag icon={<ClockCircleOutlined />}>{t('home.deadline.due', { day: d.due })}</Tag>
                )}
              </Link>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}

import { Empty, Tag, Typography } from 'antd';
import { ClockCircleOutlined, ExclamationCircleOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { useMessages } from '../../i18n/define-messages';
import type { HomeDeadline } from './home-api';
import { homeMessages } from './home-messages';
import { Panel } from './Panel';

/**
 * The nearest dated duties: what, whose, the last day (Beijing date), overdue marked by icon and word, not colour alone.
 * Plain markup (Panel, a list), not antd's Card and List, which bring Tabs, Pagination and Select to the first page.
 */
export function DeadlineList({ deadlines }: { deadlines: readonly HomeDeadline[] }) {
  const t = useMessages(homeMessages);
  return (
    <Panel title={t('home.deadlines')} testId="home-deadlines">
      {deadlines.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('home.deadlines.none')} />
      ) : (
        <ul className="front-list">
          {deadlines.map((d, index) => (
            <li key={`${d.kind}-${index}`} data-testid={`home-deadline-${d.kind}`}>
              <Link to={d.link} style={{ display: 'block', width: '100%', minWidth: 0 }}>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t(`home.deadline.${d.kind}`)}</Typography.Text>
                <div className="home-deadline-title">{d.title}</div>
                {d.isOverdue ? (
                  <Tag color="error" icon={<ExclamationCircleOutlined />}>{t('home.deadline.overdue')} · {t('home.deadline.due', { day: d.due })}</Tag>
                ) : (
                  <Tag icon={<ClockCircleOutlined />}>{t('home.deadline.due', { day: d.due })}</Tag>
                )}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </Panel>
  );
}

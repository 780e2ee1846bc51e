import { Col, Row, Statistic, Tooltip, Typography } from 'antd';
import { Link } from 'react-router';
import { formatCount, formatFenAsWanYuan, formatFenAsYuan } from '../../format/money';
import { useFormat } from '../../i18n/format-messages';
import { useMessages } from '../../i18n/define-messages';
import type { HomeCard } from './home-api';
import { homeMessages, type HomeMessageKey } from './home-messages';
import './home.css';

/** Amounts of at least 10 000 yuan are shown in 万元 (two decimals), smaller ones exactly in yuan. */
const WAN_FROM_FEN = 1_000_000;

/** Numbers as Statistic cards, each a link to the page where it is acted on. Cards with an unknown key are left out (never a code on screen). */
export function StatCards({ cards, testId }: { cards: readonly HomeCard[]; testId: string }) {
  const t = useMessages(homeMessages);
  const f = useFormat();
  const known = cards.filter((c) => `home.card.${c.key}` in homeMessages.zh);
  return (
    <Row gutter={[16, 16]} data-testid={testId}>
      {known.map((card) => {
        const title = t(`home.card.${card.key}` as HomeMessageKey);
        const isWan = card.unit === 'FEN' && card.value >= WAN_FROM_FEN;
        const value = card.unit === 'COUNT' ? formatCount(card.value) : isWan ? formatFenAsWanYuan(card.value) : formatFenAsYuan(card.value);
        const suffix = card.unit === 'FEN' ? (isWan ? f.wanYuan() : t('home.unit.yuan')) : undefined;
        const prefix = card.isEstimated ? <Tooltip title={t('home.estimatedHint')}><span>{t('home.estimated')}</span></Tooltip> : undefined;
        const body = (
          <div className={`home-card${card.link ? ' home-card-hoverable' : ''}${card.isAttention ? ' home-card-attention' : ''}`}>
            <Statistic title={title} value={value} prefix={prefix} suffix={suffix} />
            {card.isAttention && <Typography.Text type="warning" className="home-card-note">{t('home.attention')}</Typography.Text>}
          </div>
        );
        return (
          <Col key={card.key} xs={12} sm={12} md={8} xl={6} data-testid={`home-card-${card.key}`} data-value={card.value}>
            {card.link ? <Link to={card.link} className="home-card-link">{body}</Link> : body}
          </Col>
        );
      })}
    </Row>
  );
}

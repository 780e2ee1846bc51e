import { Descriptions, List, Typography } from 'antd';
import { useMessages } from '../../i18n/define-messages';
import { useI18n } from '../../i18n/use-i18n';
import type { PublicFundEvaluation } from './statistics-api';
import { statisticsMessages } from './statistics-messages';

/**
 * A fund's published audit and evaluation results (深圳 draft 第五十六条) in plain words: the kind and the
 * conclusion as the server names them, the body in the reader's language where it has one, dates as dates.
 */
export function FundEvaluationList({ evaluations }: { evaluations: PublicFundEvaluation[] }) {
  const t = useMessages(statisticsMessages);
  const { language } = useI18n();
  const pick = (x: { zh: string; en: string | null }) => (language === 'en' && x.en ? x.en : x.zh);
  return (
    <List
      size="small"
      header={<Typography.Text strong>{t('stats.funds.evaluations')}</Typography.Text>}
      dataSource={evaluations}
      data-testid="fund-evaluations"
      renderItem={(e) => (
        <List.Item key={e.evaluationId} data-testid="fund-evaluation">
          <Descriptions
            size="small"
            column={1}
            title={t('stats.eval.headline', { kind: pick(e.kindLabel), body: pick(e.body) })}
            items={[
              { key: 'date', label: t('stats.eval.reportDate'), children: e.reportDate },
              { key: 'conclusion', label: t('stats.eval.conclusion'), children: pick(e.conclusionLabel) },
              { key: 'findings', label: t('stats.eval.findings'), children: <span style={{ whiteSpace: 'pre-wrap' }}>{e.findings}</span> },
              ...(e.rectification ? [{ key: 'rectification', label: t('stats.eval.rectification'), children: <span style={{ whiteSpace: 'pre-wrap' }}>{e.rectification}</span> }] : []),
              ...(e.rectifiedOn ? [{ key: 'rectifiedOn', label: t('stats.eval.rectifiedOn'), children: e.rectifiedOn }] : []),
            ]}
          />
        </List.Item>
      )}
    />
  );
}

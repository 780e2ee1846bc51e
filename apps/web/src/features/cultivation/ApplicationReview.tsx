import { useState } from 'react';
import { Alert, Button, Card, Descriptions, Input, InputNumber, List, Select, Space, Tag, Typography } from 'antd';
import { errorMessage } from '../../api/error-message';
import { useApi } from '../../api/use-api';
import { useI18n } from '../../i18n/use-i18n';
import { useFormat } from '../../i18n/format-messages';
import { useMessages } from '../../i18n/define-messages';
import { act, answerObjection, fetchApplication, fetchExperts, type ApplicationDetail } from './cultivation-api';
import { cultivationMessages } from './cultivation-messages';

/** One application in the officers' console: what happened so far and the actions of its stage (the server decides who may). */
export function ApplicationReview({ id, onChanged }: { id: string; onChanged: () => void }) {
  const t = useMessages(cultivationMessages);
  const { pick, language } = useI18n();
  const fmt = useFormat();
  const [version, setVersion] = useState(0);
  const [failure, setFailure] = useState<unknown>(undefined);
  const [opinion, setOpinion] = useState('');
  const [certificate, setCertificate] = useState('');
  const [expertId, setExpertId] = useState<string | undefined>(undefined);
  const [scores, setScores] = useState<Record<string, number>>({});
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const detail = useApi(() => fetchApplication(id), [id, version]);
  const experts = useApi(() => fetchExperts().catch(() => ({ items: [] })), []);
  const run = async (f: () => Promise<ApplicationDetail>) => {
    setFailure(undefined);
    try {
      await f();
      setOpinion('');
      setVersion((v) => v + 1);
      onChanged();
    } catch (e) {
      setFailure(e);
    }
  };
  const a = detail.data;
  if (!a) return detail.error ? <Alert type="error" showIcon title={errorMessage(detail.error, language)} /> : null;
  const nameOf = (eid: string) => experts.data?.items.find((e) => e.expertId === eid)?.name ?? eid;
  const decide = (step: 'district-review' | 'city-review') => (
    <Space>
      <Button type="primary" onClick={() => run(() => act(id, step, { decision: 'PASS', opinion }))} data-testid="review-pass">{t('cv.action.pass')}</Button>
      <Button danger onClick={() => run(() => act(id, step, { decision: 'REJECT', opinion }))}>{t('cv.action.reject')}</Button>
    </Space>
  );
  return (
    <Card title={`${a.enterpriseName} · ${pick(a.tierLabel)}`} extra={<Tag data-testid="review-status">{pick(a.statusLabel)}</Tag>} data-testid="cultivation-review">
      {failure !== undefined && <Alert type="error" showIcon title={errorMessage(failure, language)} style={{ marginBottom: 12 }} data-testid="review-error" />}
      <Descriptions size="small" column={1}>
        {a.selfAssessment && <Descriptions.Item label={t('cv.self.title')}>{t('cv.detail.self', { met: a.selfAssessment.met, total: a.selfAssessment.total })}</Descriptions.Item>}
        <Descriptions.Item label={t('cv.detail.attachments')}>{a.attachments.map((f) => <a key={f.id} href={`/api/cultivation/attachments/${encodeURIComponent(f.id)}`} style={{ marginRight: 12 }}>{t(`cv.att.${f.kind}`)}</a>)}</Descriptions.Item>
        {a.districtReview && <Descriptions.Item label={t('cv.detail.reviews')}>{t('cv.detail.district', { opinion: a.districtReview.opinion })}</Descriptions.Item>}
        {a.cityReview && <Descriptions.Item label={t('cv.detail.reviews')}>{t('cv.detail.city', { opinion: a.cityReview.opinion })}</Descriptions.Item>}
        {a.draw?.assigned && <Descriptions.Item label={t('cv.detail.experts')}><span data-testid="review-experts">{fmt.list(a.draw.assigned.map((x) => nameOf(x.id)))}</span><br /><Typography.Text type="secondary" copyable>{t('cv.detail.seed', { seed: a.draw.seed ?? '' })}</Typography.Text></Descriptions.Item>}
        {a.scores.length > 0 && <Descriptions.Item label={t('cv.detail.scores', { count: a.scores.length, of: a.round.expertsPerApplication })}><span data-testid="review-scores">{fmt.list(a.scores.map((x) => t('cv.detail.scoreLine', { expert: x.expertId ? nameOf(x.expertId) : t('cv.action.expert'), total: x.total })))}</span></Descriptions.Item>}
        {a.aggregate !== null && <Descriptions.Item label={t('cv.detail.aggregate')}><span data-testid="review-aggregate">{a.aggregate}</span></Descriptions.Item>}
        {a.publicity && <Descriptions.Item label={t('cv.publicity.menu')}><span data-testid="review-publicity" data-until={a.publicity.until}>{t('cv.detail.publicity', { from: a.publicity.from, until: a.publicity.until, days: a.publicity.workingDays })}</span></Descriptions.Item>}
        {a.certificate && <Descriptions.Item label={t('cv.col.certificate')}><span data-testid="review-certificate">{t('cv.validity', { number: a.certificate.number, from: a.certificate.validFrom, until: a.certificate.validUntil })}{a.certificate.validityUnverified ? t('cv.validity.unverified') : ''}</span></Descriptions.Item>}
        {a.closing && <Descriptions.Item label={t('cv.col.status')}>{t('cv.detail.closing', { reason: a.closing.reason })}</Descriptions.Item>}
      </Descriptions>
      {a.publicity && (
        <List
          header={t('cv.detail.objections')} size="small" dataSource={a.objections} locale={{ emptyText: t('cv.detail.noObjections') }}
          renderItem={(o) => (
            <List.Item data-testid="review-objection">
              <Space direction="vertical" style={{ width: '100%' }}>
                <Typography.Text>{o.text}</Typography.Text>
                {o.answer ? <Typography.Text type="secondary" data-testid="review-objection-answer">{t('cv.detail.answered', { text: o.answer.text })}{o.answer.upheld ? fmt.withNote('', t('cv.action.upheld')) : ''}</Typography.Text> : (
                  <Space.Compact style={{ width: '100%' }}>
                    <Input value={answers[o.objectionId] ?? ''} onChange={(e) => setAnswers({ ...answers, [o.objectionId]: e.target.value })} aria-label={t('cv.action.answer')} data-testid="review-answer-text" />
                    <Button onClick={() => run(() => answerObjection(id, o.objectionId, { answer: answers[o.objectionId] ?? '', upheld: false }))} data-testid="review-answer">{t('cv.action.answer')}</Button>
                    <Button danger onClick={() => run(() => answerObjection(id, o.objectionId, { answer: answers[o.objectionId] ?? '', upheld: true }))}>{t('cv.action.upheld')}</Button>
                  </Space.Compact>
                )}
              </Space>
            </List.Item>
          )}
        />
      )}
      <Space direction="vertical" style={{ width: '100%', marginTop: 12 }}>
        {['SUBMITTED', 'DISTRICT_PASSED', 'RE_REVIEW', 'RECOGNISED', 'CITY_PASSED', 'EXPERT_REVIEW', 'IN_PUBLICITY'].includes(a.status) && (
          <Input.TextArea rows={2} value={opinion} onChange={(e) => setOpinion(e.target.value)} placeholder={t('cv.action.opinion')} aria-label={t('cv.action.opinion')} data-testid="review-opinion" />
        )}
        {a.status === 'SUBMITTED' && decide('district-review')}
        {a.status === 'DISTRICT_PASSED' && decide('city-review')}
        {a.status === 'CITY_PASSED' && <Button type="primary" onClick={() => run(() => act(id, 'draw'))} data-testid="review-draw">{t('cv.action.draw')}</Button>}
        {a.status === 'EXPERT_REVIEW' && a.sheet && (
          <Card type="inner" title={t('cv.action.score')} size="small">
            <Space wrap>
              <Select data-testid="review-expert" style={{ minWidth: 160 }} value={expertId} onChange={setExpertId} placeholder={t('cv.action.expert')} options={(a.draw?.assigned ?? []).map((x) => ({ value: x.id, label: nameOf(x.id) }))} />
              {a.sheet.criteria.map((c) => (
                <Space key={c.id}>
                  <Typography.Text>{fmt.withNote(pick(c.label), `≤${c.max}`)}</Typography.Text>
                  <InputNumber min={0} max={c.max} precision={0} value={scores[c.id]} onChange={(v) => setScores({ ...scores, [c.id]: v ?? 0 })} aria-label={pick(c.label)} data-testid={`review-score-${c.id}`} />
                </Space>
              ))}
              <Button onClick={() => run(() => act(id, 'scores', { expertId: expertId ?? '', scores }))} disabled={!expertId} data-testid="review-score-submit">{t('cv.action.score')}</Button>
            </Space>
          </Card>
        )}
        {a.status === 'EXPERT_REVIEW' && <Button type="primary" onClick={() => run(() => act(id, 'publicity'))} data-testid="review-publicity-start">{t('cv.action.publicity')}</Button>}
        {a.status === 'IN_PUBLICITY' && (
          <Space.Compact>
            <Input value={certificate} onChange={(e) => setCertificate(e.target.value)} placeholder={t('cv.action.certificate')} aria-label={t('cv.action.certificate')} data-testid="review-certificate-number" />
            <Button type="primary" onClick={() => run(() => act(id, 'recognise', { certificateNumber: certificate }))} data-testid="review-recognise">{t('cv.action.recognise')}</Button>
          </Space.Compact>
        )}
        {['CITY_PASSED', 'EXPERT_REVIEW', 'IN_PUBLICITY'].includes(a.status) && <Button danger onClick={() => run(() => act(id, 'reject', { reason: opinion }))}>{t('cv.action.reject')}</Button>}
        {a.status === 'RE_REVIEW' && (
          <Space>
            <Button type="primary" onClick={() => run(() => act(id, 're-review-decision', { passed: true, reason: opinion }))}>{t('cv.action.pass')}</Button>
            <Button danger onClick={() => run(() => act(id, 're-review-decision', { passed: false, reason: opinion }))}>{t('cv.action.reject')}</Button>
          </Space>
        )}
        {['RECOGNISED', 'RE_REVIEW'].includes(a.status) && <Button danger onClick={() => run(() => act(id, 'revoke', { reason: opinion }))}>{t('cv.action.revoke')}</Button>}
      </Space>
    </Card>
  );
}

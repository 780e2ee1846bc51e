import { err, ok, yuanToFen, type PlainDate, type Result } from '@huiqi/kernel';
import type { AppealPayloads, Attachment, Reporter } from '../action';
import type { DepartmentId } from '../actor';
import { appealTypes, isAppealType } from '../appeal-type';
import { parseArrearsComplaintForm, type ArrearsComplaintForm } from '../arrears-form';
import type { CaseView } from '../present-case';
import { appealStatuses } from '../status';
import type { Open311Error, Open311Lang, Open311RequestCreated, Open311RequestInput, Open311ServiceRequest } from './open311-types';

/** What the HTTP layer resolved before mapping a POST requests call. */
export interface Open311SubmissionContext {
  jurisdiction: string;
  receivedBy: DepartmentId;
  caseId: string;
  trackingNumber: string;
  idempotencyKey: string;
  /** The authenticated enterprise (from the client's key or token), or null for an anonymous client. */
  reporter: Reporter | null;
  /** Pseudonymous user id handed to an anonymous client with the tracking number. */
  anonymousUserId: string;
}

const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null);

function attr(input: Open311RequestInput, code: string): string | null {
  const v = input.attribute?.[code];
  return text(Array.isArray(v) ? v[0] : v);
}

function arrearsFromAttributes(input: Open311RequestInput, description: string): unknown {
  const yuan = (code: string): number | null => {
    const v = attr(input, code);
    if (v === null) return null;
    try {
      return yuanToFen(v);
    } catch {
      return Number.NaN;
    }
  };
  const paid = yuan('paid_yuan');
  const paidOn = attr(input, 'paid_on');
  const days = attr(input, 'agreed_payment_days');
  return {
    contract: {
      number: attr(input, 'contract_number'),
      title: attr(input, 'contract_title') ?? '',
      signedOn: attr(input, 'contract_signed_on') ?? '',
      agreedPaymentDays: days === null ? null : Number(days),
      agreedDailyInterestRate: null,
      paymentTrigger: attr(input, 'payment_trigger') ?? '',
      isSmeDeclaredAtSigning: attr(input, 'sme_declared') === 'true',
    },
    debtor: { name: attr(input, 'debtor_name') ?? '', uscc: null, kind: attr(input, 'debtor_kind') ?? '' },
    deliveredOn: attr(input, 'delivered_on'),
    acceptedOn: attr(input, 'accepted_on'),
    amountFen: yuan('amount_yuan') ?? Number.NaN,
    payments: paid === null ? [] : [{ paidOn: paidOn ?? '', amountFen: paid }],
    claim: description,
  };
}

/**
 * Maps an Open311 `POST requests` body to our SUBMITTED payload. Location and media fields are
 * kept (address in the description, media URL as an attachment), never dropped. A client
 * without an enterprise login may submit only the types that allow anonymity.
 */
export function open311RequestToSubmission(input: Open311RequestInput, ctx: Open311SubmissionContext): Result<AppealPayloads['SUBMITTED'], Open311Error[]> {
  const errors: Open311Error[] = [];
  const code = text(input.service_code);
  if (code === null || !isAppealType(code)) {
    return err([{ code: 400, description: `service_code 无效 invalid service_code: ${JSON.stringify(input.service_code ?? null)}` }]);
  }
  const description = text(input.description);
  if (description === null) errors.push({ code: 400, description: 'description 必填 description is required' });
  const isAnonymous = ctx.reporter === null;
  if (isAnonymous && !appealTypes[code].isAnonymousAllowed) {
    errors.push({ code: 403, description: `“${appealTypes[code].label.zh}”须企业登录后提交 a ${appealTypes[code].label.en} needs a logged-in enterprise` });
  }
  let arrears: ArrearsComplaintForm | null = null;
  if (code === 'ARREARS_COMPLAINT' && description !== null) {
    const f = parseArrearsComplaintForm(arrearsFromAttributes(input, description));
    if (f.ok) arrears = f.value;
    else for (const p of f.error.fields) errors.push({ code: 400, description: `${p.path}: ${p.message.zh} ${p.message.en}` });
  }
  if (errors.length > 0 || description === null) return err(errors);

  const place = [text(input.address_string), input.lat !== undefined && input.long !== undefined ? `${input.lat},${input.long}` : null].filter((x) => x !== null);
  const fullDescription = place.length > 0 ? `${description}\n地址 Location: ${place.join(' / ')}` : description;
  const media = text(input.media_url);
  const attachments: Attachment[] = media ? [{ id: media, name: media.split('/').pop() || 'media' }] : [];
  const name = [text(input.last_name), text(input.first_name)].filter((x) => x !== null).join('');
  const reporter: Reporter = ctx.reporter ?? {
    userId: ctx.anonymousUserId,
    enterpriseId: null,
    enterpriseName: null,
    uscc: null,
    contactName: name || null,
    contactPhone: text(input.phone),
    contactEmail: text(input.email),
  };
  return ok({
    caseId: ctx.caseId,
    trackingNumber: ctx.trackingNumber,
    type: code,
    jurisdiction: ctx.jurisdiction,
    receivedBy: ctx.receivedBy,
    title: [...description].slice(0, 30).join(''),
    description: fullDescription,
    isAnonymous,
    reporter,
    attachments,
    idempotencyKey: ctx.idempotencyKey,
    relatedCaseId: null,
    arrears,
  });
}

/** The answer to `POST requests`: the tracking number at once. */
export function open311Created(trackingNumber: string, accountId: string | null, lang: Open311Lang = 'zh-CN'): Open311RequestCreated[] {
  return [{ service_request_id: trackingNumber, service_notice: lang === 'en' ? 'Received. Keep the tracking number to follow the case.' : '已收到，请保存受理编号以查询办理进度。', account_id: accountId }];
}

function endOfDay(d: PlainDate): string {
  return `${d}T23:59:59+08:00`;
}

/**
 * A case view (already filtered for the viewer by presentCaseFor) as an Open311 service request.
 * Final statuses (办结, 不予受理, 撤回) are `closed`, everything else `open` (an answered case may still be
 * rated and reopened). `expected_datetime` is the earliest running due date: the exact hour for hour
 * limits, else 23:59:59 China Standard Time of the due day.
 */
export function toOpen311Request(view: CaseView, lang: Open311Lang = 'zh-CN'): Open311ServiceRequest {
  const running = view.deadlines.filter((d) => !d.isMet && d.due !== null).sort((a, b) => (a.due! < b.due! ? -1 : 1))[0];
  const expected = running ? (running.dueAt ?? endOfDay(running.due!)) : null;
  const label = view.statusLabel;
  const notice = running
    ? lang === 'en'
      ? `Due by ${running.due} under ${running.source.title}${running.source.provision ? ` ${running.source.provision}` : ''}.`
      : `依据${running.source.title}${running.source.provision ?? ''}，应于 ${running.due} 前办理。`
    : '';
  return {
    service_request_id: view.trackingNumber,
    status: appealStatuses[view.status].isFinal ? 'closed' : 'open',
    status_notes: lang === 'en' ? label.en : label.zh,
    service_name: lang === 'en' ? view.typeLabel.en : view.typeLabel.zh,
    service_code: view.type,
    description: view.description,
    agency_responsible: view.lead ?? view.owner,
    service_notice: notice,
    requested_datetime: view.submittedAt,
    updated_datetime: view.timeline.at(-1)?.at ?? view.submittedAt,
    expected_datetime: expected,
    address: null,
    lat: null,
    long: null,
    media_url: view.attachments.find((a) => /^https?:\/\//.test(a.id))?.id ?? null,
  };
}

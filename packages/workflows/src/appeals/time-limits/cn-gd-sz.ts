import type { TimeLimitSource } from './time-limit-rule';
import type { JurisdictionTimeLimits } from './jurisdiction-time-limits';

const SZ_2020: TimeLimitSource = {
  title: '深圳商报 2020-03-26：企业服务专员实行首接负责制，政策咨询24小时内答复，其他诉求3个工作日内答复',
  provision: null,
  url: 'http://greatbrookproperties.com/news/content/2020-03/26/content_23002999.htm',
  verification: 'CONFIRMED',
  note: { zh: '新闻报道（镜像页），非规范性文件原文。', en: 'A newspaper report (mirror copy), not the text of a normative document.' },
};

const COMPLAINT_13_WD: TimeLimitSource = {
  title: '某地12345热线工单办理时限规定（投诉举报、建议自派单起13个工作日内办结）',
  provision: null,
  url: 'http://fsou.com/html/text/lar/172733/17273310_2.html',
  verification: 'UNVERIFIED',
  note: {
    zh: '未找到深圳投诉举报办理时限的出处；暂采用另一地方热线规定的13个工作日，须向深圳市中小企业服务局核实。',
    en: 'No Shenzhen source was found for complaint time limits; the 13 working days of another locality’s hotline rules are used until the Shenzhen SME bureau confirms a figure.',
  },
};

/**
 * 深圳 (辖区 cn-gd-sz). Arrears complaints inherit the national limits (cn).
 * 24 hours for policy questions are counted in natural hours from submission; the source does not
 * say whether rest days count, so they do.
 */
export const cnGdSzTimeLimits: JurisdictionTimeLimits = {
  jurisdiction: 'cn-gd-sz',
  types: {
    POLICY_QUESTION: [
      { id: 'cn-gd-sz/POLICY_QUESTION/ANSWER', clock: 'ANSWER', startsOn: 'SUBMITTED', amount: { hours: 24 }, maxTotal: null, nearDueHours: 4, source: SZ_2020 },
    ],
    REQUEST: [
      { id: 'cn-gd-sz/REQUEST/ANSWER', clock: 'ANSWER', startsOn: 'SUBMITTED', amount: { workingDays: 3 }, maxTotal: null, nearDueHours: 24, source: SZ_2020 },
    ],
    COMPLAINT: [
      { id: 'cn-gd-sz/COMPLAINT/ANSWER', clock: 'ANSWER', startsOn: 'SUBMITTED', amount: { workingDays: 13 }, maxTotal: null, nearDueHours: 24, source: COMPLAINT_13_WD },
    ],
    INSPECTION_COMPLAINT: [
      { id: 'cn-gd-sz/INSPECTION_COMPLAINT/ANSWER', clock: 'ANSWER', startsOn: 'SUBMITTED', amount: { workingDays: 13 }, maxTotal: null, nearDueHours: 24, source: COMPLAINT_13_WD },
    ],
  },
};

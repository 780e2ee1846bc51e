import type { JurisdictionTimeLimits } from './jurisdiction-time-limits';

/**
 * National time limits (辖区 cn). Only the payment-arrears complaint has national figures:
 *
 * 《保障中小企业款项支付条例》（国务院令第802号，2025-06-01施行）第二十五条:
 * 受理投诉部门应当自正式受理之日起10个工作日内，按照"属地管理、分级负责，谁主管谁负责、谁监管谁负责"的原则，
 * 将投诉转交有关部门、地方人民政府指定的部门或者其他机构处理。处理投诉部门应当自收到投诉材料之日起30日内形成处理结果，
 * 以书面形式答复投诉人，并反馈受理投诉部门。情况复杂的，经本部门负责人批准，可以适当延长，但处理期限累计最长不得超过90日。
 * (paraphrased here; the full text is under law/: 第二十五条第一款 transfer, 第二款 answer and extension)
 *
 * The 10-working-day review on receipt is from 《保障中小企业款项支付投诉处理暂行办法》(工信部企业〔2021〕224号),
 * written under the 2020 text of the regulation; it is kept until a 2025 implementing rule replaces it.
 */
export const cnTimeLimits: JurisdictionTimeLimits = {
  jurisdiction: 'cn',
  types: {
    ARREARS_COMPLAINT: [
      {
        id: 'cn/ARREARS_COMPLAINT/ACCEPT',
        clock: 'ACCEPT',
        startsOn: 'SUBMITTED',
        amount: { workingDays: 10 },
        maxTotal: null,
        nearDueHours: 24,
        source: {
          title: '保障中小企业款项支付投诉处理暂行办法（工信部企业〔2021〕224号）',
          provision: null,
          url: 'https://xncapp.cn/article/zixundongtai/shizhengyaowen/20211231/41510.html',
          verification: 'CONFIRMED',
          note: {
            zh: '受理投诉部门收到投诉后10个工作日内审查；该办法依2020年条例制定，2025年修订后的实施细则尚未核实。',
            en: 'The receiving department reviews a complaint within 10 working days; the rule was made under the 2020 text, and a 2025 implementing rule has not been checked.',
          },
        },
      },
      {
        id: 'cn/ARREARS_COMPLAINT/TRANSFER',
        clock: 'TRANSFER',
        startsOn: 'ACCEPTED',
        amount: { workingDays: 10 },
        maxTotal: null,
        nearDueHours: 24,
        source: {
          title: '保障中小企业款项支付条例（国务院令第802号）',
          provision: '第二十五条第一款',
          address: 'cn/regulation/sme-payment-protection@2025-06-01#art_25__para_1',
          url: 'https://www.gov.cn/zhengce/content/202503/content_7015401.htm',
          verification: 'CONFIRMED',
          note: null,
        },
      },
      {
        id: 'cn/ARREARS_COMPLAINT/ANSWER',
        clock: 'ANSWER',
        startsOn: 'TRANSFERRED',
        amount: { days: 30 },
        maxTotal: { days: 90 },
        nearDueHours: 72,
        source: {
          title: '保障中小企业款项支付条例（国务院令第802号）',
          provision: '第二十五条第二款',
          address: 'cn/regulation/sme-payment-protection@2025-06-01#art_25__para_2',
          url: 'https://www.gov.cn/zhengce/content/202503/content_7015401.htm',
          verification: 'CONFIRMED',
          note: {
            zh: '自收到投诉材料之日起30日内书面答复；情况复杂的经负责人批准可延长，累计最长不超过90日。',
            en: 'Answer in writing within 30 days of receiving the materials; complex cases may be extended with the head’s approval, at most 90 days in all.',
          },
        },
      },
    ],
  },
};

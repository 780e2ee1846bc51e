/**
 * The articles the public-credit module (信用记录、公示与信用修复) implements, as law-library addresses.
 * Each is checked against `law/` by `articles.test.ts`; the code that implements it cites the constant.
 */
const SZ_SME = 'cn-gd-sz/regulation/sme-promotion@2025-01-23';
const SZ_CREDIT = 'cn-gd-sz/regulation/social-credit@2023-03-01';
const PAYMENT = 'cn/regulation/sme-payment-protection@2025-06-01';
const PENALTY = 'cn/law/administrative-penalty@2021-07-15';

export const PUBLIC_CREDIT_ARTICLES = {
  /** 深圳条例（征求意见稿）第六十九条: 轻微违法不予处罚、首违可不罚的，不认定为失信行为. */
  minorNotDishonest: `${SZ_SME}#art_69`,
  /** 深圳条例（征求意见稿）第七十条: 不得实施没有法律、法规或者国务院规定依据的失信惩戒措施. */
  noMarkWithoutBasis: `${SZ_SME}#art_70`,
  /** 保障中小企业款项支付条例 第二十六条: 拖欠被认定为失信的记入信用记录；情节严重的向社会公示. */
  arrearsRecord: `${PAYMENT}#art_26`,
  /** 行政处罚法 第四十八条第一款: 具有一定社会影响的行政处罚决定应当依法公开. */
  penaltyPublication: `${PENALTY}#art_48__para_1`,
  /** 社会信用条例 第六十五条第一款第（二）项: 未履行生效行政处罚决定文书. */
  penaltyNotFulfilled: `${SZ_CREDIT}#art_65__para_1__item_2`,
  /** 社会信用条例 第二十六条第一款: 法人信用信息，除依法公开的外，处理须征得其同意. */
  consentForNonPublic: `${SZ_CREDIT}#art_26__para_1`,
  /** 社会信用条例 第三十八条第一款: 依法公开公共信用信息. */
  publication: `${SZ_CREDIT}#art_38__para_1`,
  /** 社会信用条例 第三十八条第二款: 公开的信息涉及个人信息的，去标识化. */
  noPersonalData: `${SZ_CREDIT}#art_38__para_2`,
  /** 社会信用条例 第三十九条第一款: 信用主体有权知晓自身的信用信息. */
  subjectMayKnow: `${SZ_CREDIT}#art_39__para_1`,
  /** 社会信用条例 第四十三条第二款: 可以依法申请行政复议或者提起行政诉讼. */
  reviewOrLitigation: `${SZ_CREDIT}#art_43__para_2`,
  /** 社会信用条例 第四十八条第一款第（二）项: 超过公开期限仍在公开的，可以提出异议. */
  publicationPeriod: `${SZ_CREDIT}#art_48__para_1__item_2`,
  /** 社会信用条例 第四十八条第一款: 错误遗漏、超期公开等情形，可以向提供单位提出异议申请. */
  objectionGrounds: `${SZ_CREDIT}#art_48__para_1`,
  /** 社会信用条例 第五十条: 受理异议后立即对异议信息进行标注. */
  objectionFlag: `${SZ_CREDIT}#art_50`,
  /** 社会信用条例 第五十一条第三款: 提供单位自受理之日起两个工作日内作出处理（可延长三个工作日）. */
  objectionTimeLimit: `${SZ_CREDIT}#art_51__para_3`,
  /** 社会信用条例 第五十一条第四款: 异议成立的，更正、补充、停止公开. */
  objectionHandling: `${SZ_CREDIT}#art_51__para_4`,
  /** 社会信用条例 第五十一条第四款第（一）项: 存在错误的，予以更正. */
  objectionCorrect: `${SZ_CREDIT}#art_51__para_4__item_1`,
  /** 社会信用条例 第五十一条第四款第（二）项: 存在遗漏的，予以补充. */
  objectionSupplement: `${SZ_CREDIT}#art_51__para_4__item_2`,
  /** 社会信用条例 第五十一条第四款第（三）项: 超过公开期限仍在公开的，停止公开. */
  objectionStopPublication: `${SZ_CREDIT}#art_51__para_4__item_3`,
  /** 社会信用条例 第七十九条: 最短公示期限届满后，可以申请信用修复. */
  repairAfterMinimum: `${SZ_CREDIT}#art_79`,
  /** 社会信用条例 第八十条: 修复措施（信用承诺、信用整改、信用核查、专题培训、信用报告…）. */
  repairMeasures: `${SZ_CREDIT}#art_80`,
  /** 社会信用条例 第八十一条第一款: 形式审查；材料不齐全的，一次性告知需要补正的材料. */
  formalReview: `${SZ_CREDIT}#art_81__para_1`,
  /** 社会信用条例 第八十二条第一款: 受理之日起三个工作日内作出处理（可延长三个工作日）. */
  repairTimeLimit: `${SZ_CREDIT}#art_82__para_1`,
  /** 社会信用条例 第八十二条第二款第（一）项: 准予修复的，不再公开或者共享. */
  repairStopsPublication: `${SZ_CREDIT}#art_82__para_2__item_1`,
  /** 社会信用条例 第八十五条: 公共信用修复的具体办法由市人民政府另行制定. */
  repairDetailsByCity: `${SZ_CREDIT}#art_85`,
} as const;

export type PublicCreditArticle = keyof typeof PUBLIC_CREDIT_ARTICLES;

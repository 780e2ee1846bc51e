/**
 * The articles the credit module (授权—核验—使用) implements, as law-library addresses. Each address
 * is checked against `law/` by `articles.test.ts`; the code that implements it cites the constant.
 */
const SZ_SME = 'cn-gd-sz/regulation/sme-promotion@2025-01-23';
const SZ_CREDIT = 'cn-gd-sz/regulation/social-credit@2023-03-01';
const CREDIT_REPORTING = 'cn/regulation/credit-reporting-industry@2013-03-15';
const PIPL = 'cn/law/personal-information-protection@2021-11-01';

export const CREDIT_ARTICLES = {
  /** 第六十七条第一款: 经营主体信用信息"授权-核验-使用"机制，促进金融机构与中小企业融资对接. */
  authorizeVerifyUse: `${SZ_SME}#art_67__para_1`,
  /** 深圳经济特区社会信用条例 第四十条: 信用主体可以授权他人查询自身的信用信息. */
  subjectMayAuthorize: `${SZ_CREDIT}#art_40`,
  /** 第四十四条: 查询他人信用状况的，应当获得信用主体的授权，并提供授权证明. */
  queryNeedsAuthorization: `${SZ_CREDIT}#art_44`,
  /** 第四十五条第二款: 记录查询情况（查询时间、查询人信息、授权人信息和授权证明），保存五年以上. */
  queryRecord: `${SZ_CREDIT}#art_45__para_2`,
  /** 征信业管理条例 第二十条: 按照约定的用途使用，不得用作约定以外的用途. */
  agreedPurposeOnly: `${CREDIT_REPORTING}#art_20`,
  /** 征信业管理条例 第十七条: 信息主体可以查询自身信息（the enterprise sees its own access log）. */
  subjectMayQuery: `${CREDIT_REPORTING}#art_17`,
  /** 个人信息保护法 第六条: 目的明确、合理，最小必要. */
  minimumNecessary: `${PIPL}#art_6`,
  /** 个人信息保护法 第十五条: 有权撤回同意；提供便捷的撤回同意的方式. */
  withdrawConsent: `${PIPL}#art_15`,
  /** 个人信息保护法 第二十三条: 向其他处理者提供个人信息，须告知接收方、目的、种类并取得单独同意. */
  separateConsentToProvide: `${PIPL}#art_23`,
} as const;

export type CreditArticle = keyof typeof CREDIT_ARTICLES;

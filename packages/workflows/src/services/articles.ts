/**
 * The articles the public service system (服务机构与服务券) implements, as law-library addresses.
 * Each is checked against `law/` by `articles.test.ts`; the code that implements it cites the constant.
 */
const SZ_SME = 'cn-gd-sz/regulation/sme-promotion@2025-01-23';
const HN_SME = 'cn-hn/regulation/sme-promotion-implementation@2020-09-16';
const SH_SME = 'cn-sh/regulation/sme-promotion@2020-06-18';
const QD_SME = 'cn-sd-qd/regulation/sme-promotion@2023';

export const SERVICES_ARTICLES = {
  /** 深圳 第十四条【服务购买】: 采取购买服务方式，委托社会组织以及市场化服务机构为中小企业提供公共服务. */
  purchaseOfServices: `${SZ_SME}#art_14`,
  /** 深圳 第十五条【市场化服务】: 支持兴办市场化服务机构，提供创业培训与辅导、知识产权保护……法律咨询等服务. */
  marketServices: `${SZ_SME}#art_15`,
  /** 深圳 第十六条【社会组织服务】: 行业协会、商会等社会组织开展服务活动. */
  associationServices: `${SZ_SME}#art_16`,
  /** 深圳 第十七条【社会化公益服务】: 鼓励社会组织提供社会化公益服务. */
  publicInterestServices: `${SZ_SME}#art_17`,
  /** 湖南 第二十七条: 以购买服务的方式设立中小企业公共服务机构. */
  serviceInstitutions: `${HN_SME}#art_27`,
  /** 上海 第十一条: 建立健全中小企业公共服务体系. */
  publicServiceSystem: `${SH_SME}#art_11`,
  /** 上海 第十二条: 各类服务机构提供的服务类别；符合规定的可以享受扶持政策. */
  serviceCategories: `${SH_SME}#art_12`,
  /** 青岛 第五十七条: 建立资源共享、服务协同、互联互通的中小企业公共服务平台. */
  servicePlatform: `${QD_SME}#art_57`,
} as const;

export type ServicesArticle = keyof typeof SERVICES_ARTICLES;

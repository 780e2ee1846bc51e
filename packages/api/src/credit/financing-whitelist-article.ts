/**
 * 产融合作白名单: the article the whitelist implements, as a law-library address (checked against
 * `law/` by `financing-whitelist.api.test.ts`). 湖南省实施《中华人民共和国中小企业促进法》办法（修订草案）
 * 修改对照稿, 二次审议稿 (seed 001), 第十条【产融合作白名单】, verbatim:
 * 「县级以上人民政府工业和信息化主管部门应当与金融监督管理部门联合建立和完善中小企业产融合作白名单机制，
 * 引导金融机构差异化支持白名单中小企业融资，提供精准的金融服务。」
 * The article names the mechanism, not its procedure: nomination by departments, review and
 * publication by the SME bureau with a validity period, and "banks see whitelisted demands first" are
 * this platform's reading of 建立白名单机制 and 引导金融机构差异化支持 (a draft, not in force).
 */
export const WHITELIST_ARTICLE = 'cn-hn/regulation/sme-promotion-implementation@2020-09-16#art_10';

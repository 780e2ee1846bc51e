import type { ErrorCodeEntry } from '../errors/module-error-codes';

/**
 * Error codes of the consultation module. Domain refusals of `@huiqi/workflows` keep their code
 * with a `CONSULTATION_` prefix and carry the domain's own bilingual message (which names the
 * limit). Never renamed.
 */
export const CONSULTATION_ERROR_CODES_HTTP = {
  CONSULTATION_NOT_FOUND: { status: 404, zh: '未找到该征求意见', en: 'No such consultation' },
  CONSULTATION_CONFLICT: { status: 409, zh: '征求意见已被他人同时更新，请刷新后重试', en: 'The consultation was changed at the same time; reload and try again' },
  CONSULTATION_THROTTLED: { status: 429, zh: '提交过于频繁，请稍后再试', en: 'Too many submissions; try again later' },
  CONSULTATION_COMMENTER_REQUIRED: { status: 401, zh: '请先登录企业账号，或验证您的手机号码或电子邮箱后再提交意见', en: 'Sign in as an enterprise, or verify your mobile number or e-mail, before commenting' },
  CONSULTATION_CONTACT_INVALID: { status: 400, zh: '请填写正确的手机号码或电子邮箱', en: 'Give a valid mobile number or e-mail address' },
  CONSULTATION_CODE_INVALID: { status: 400, zh: '验证码不正确', en: 'The code is not correct' },
  CONSULTATION_CODE_EXPIRED: { status: 410, zh: '验证码已失效，请重新获取', en: 'The code has expired; request a new one' },
  CONSULTATION_CHANNEL_UNAVAILABLE: { status: 503, zh: '验证码发送通道暂不可用，请稍后再试', en: 'The code cannot be sent right now; try again later' },
  CONSULTATION_DRAFT_NOT_FOUND: { status: 400, zh: '法规库中没有该文本或版本', en: 'The law library has no such text or version' },
  CONSULTATION_REVISED_TEXT_INVALID: { status: 400, zh: '修改稿文本无法解析为条文', en: 'The revised text cannot be parsed into articles' },
  CONSULTATION_REPORT_NOT_PUBLISHED: { status: 404, zh: '采纳情况反馈尚未发布', en: 'The feedback report is not published yet' },
  // Domain refusals (@huiqi/workflows CONSULTATION_ERROR_CODES).
  CONSULTATION_FIRST_ACTION_MUST_BE_OPENING: { status: 409, zh: '征求意见须先发起', en: 'A consultation starts with its opening' },
  CONSULTATION_ACTION_NOT_ALLOWED: { status: 409, zh: '当前状态下不能执行此操作', en: 'This action is not allowed in the current status' },
  CONSULTATION_CONSULTATION_IS_FINAL: { status: 409, zh: '征求意见已结束，不能再操作', en: 'The consultation is final' },
  CONSULTATION_ACTOR_NOT_PERMITTED: { status: 403, zh: '无权执行此操作', en: 'You may not perform this action' },
  CONSULTATION_ACTION_ID_REUSED: { status: 409, zh: '该事务编号已用于另一操作', en: 'This transaction id was already used' },
  CONSULTATION_ACTION_OUT_OF_ORDER: { status: 409, zh: '操作时间早于上一操作', en: 'The action is dated before the previous one' },
  CONSULTATION_INVALID_TIME: { status: 400, zh: '操作时间无效', en: 'Invalid action time' },
  CONSULTATION_PAYLOAD_INVALID: { status: 400, zh: '填写的内容不符合要求', en: 'The input is not valid' },
  CONSULTATION_PERIOD_INVALID: { status: 400, zh: '征求意见起止日期有误', en: 'The comment period is not valid' },
  CONSULTATION_PERIOD_TOO_SHORT: { status: 422, zh: '征求意见期限少于规定的最短期限，须说明理由', en: 'The period is shorter than the minimum; give the reason' },
  CONSULTATION_END_NOT_WORKING_DAY: { status: 422, zh: '截止日期是法定节假日或休息日', en: 'The end date is a public holiday or rest day' },
  CONSULTATION_CALENDAR_YEAR_MISSING: { status: 422, zh: '官方日历尚无该年度数据', en: 'The official calendar has no data for that year' },
  CONSULTATION_MINIMUM_PERIOD_UNKNOWN: { status: 500, zh: '未配置征求意见最短期限', en: 'No minimum comment period is configured' },
  CONSULTATION_NOT_YET_OPEN: { status: 409, zh: '征求意见尚未开始', en: 'The consultation has not started yet' },
  CONSULTATION_DEADLINE_PASSED: { status: 409, zh: '征求意见已截止', en: 'The comment period has ended' },
  CONSULTATION_PERIOD_NOT_ENDED: { status: 409, zh: '征求意见期尚未结束', en: 'The comment period has not ended' },
  CONSULTATION_COMMENT_EMPTY: { status: 400, zh: '意见内容不能为空', en: 'The comment is empty' },
  CONSULTATION_COMMENT_TOO_LONG: { status: 400, zh: '意见内容过长', en: 'The comment is too long' },
  CONSULTATION_WORDING_TOO_LONG: { status: 400, zh: '建议修改内容过长', en: 'The proposed wording is too long' },
  CONSULTATION_ARTICLE_NOT_IN_VERSION: { status: 400, zh: '所选条款在该版本中不存在', en: 'The article does not exist in that version' },
  CONSULTATION_ATTACHMENT_TYPE: { status: 415, zh: '附件类型不符合要求', en: 'The attachment type is not accepted' },
  CONSULTATION_ATTACHMENT_TOO_LARGE: { status: 413, zh: '附件过大', en: 'The attachment is too large' },
  CONSULTATION_COMMENT_NOT_FOUND: { status: 404, zh: '找不到该条意见', en: 'No such comment' },
  CONSULTATION_COMMENT_WITHDRAWN: { status: 409, zh: '该意见已撤回', en: 'The comment was withdrawn' },
  CONSULTATION_COMMENT_HIDDEN: { status: 409, zh: '该意见已被隐藏', en: 'The comment is hidden' },
  CONSULTATION_COMMENT_ID_REUSED: { status: 409, zh: '意见编号已被使用', en: 'The comment id is already used' },
  CONSULTATION_REASON_REQUIRED: { status: 400, zh: '请填写理由', en: 'A reason is required' },
  CONSULTATION_GROUP_INVALID: { status: 400, zh: '归并的意见有误', en: 'The grouping is not valid' },
  CONSULTATION_OPINIONS_UNANSWERED: { status: 409, zh: '还有意见未答复', en: 'Some opinions are unanswered' },
  CONSULTATION_ALREADY_ANSWERED: { status: 409, zh: '该意见已答复', en: 'The opinion is already answered' },
} as const satisfies Record<string, ErrorCodeEntry>;

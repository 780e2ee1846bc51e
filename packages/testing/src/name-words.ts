import { seededPermutation } from './seeded-permutation';

/**
 * Characters for 字号 (trade names): common auspicious or modern-sounding characters, as
 * Shenzhen companies use them. A 字号 is three of them, chosen by a seeded permutation of the
 * row index, so every name in a population is distinct (180 characters: 180³ ≈ 5.8 million 字号).
 */
export const TRADE_NAME_CHARACTERS = [...new Set(
  '华鑫达兴创新源宏盛恒泰嘉瑞明远博信诚德和安康凯捷锐智云海天星光辉腾飞龙凤金银宝汇通联合众力峰林森科' +
  '美佳丰富顺利永昌隆荣耀越卓群英豪杰俊伟志成东南西北中亿万千百佰仟壹鼎立正大同方圆亚欧洲际环宇宙' +
  '华夏中益友邦晟昊晨曦阳朗润泽沃澜涛浩波洋湾港城乐享优品尚雅致精诺维思睿哲航远途驰骏川岳山石磊' +
  '晶钰铭锦绣彩虹霖霏雨露清青蓝绿紫橙朱丹红白金木水火土春夏秋冬松柏竹梅兰菊桂蕾芯核微迅捷速'
)];

export function tradeNameFactory(seed: number): (index: number) => string {
  const chars = TRADE_NAME_CHARACTERS;
  const c = chars.length;
  const space = c * c * c;
  const permute = seededPermutation(seed, 0x4e41, space);
  return (index) => {
    if (index >= space) throw new RangeError(`more than ${space} distinct trade names requested`);
    let n = permute(index);
    const a = chars[n % c]!;
    n = Math.floor(n / c);
    const b = chars[n % c]!;
    n = Math.floor(n / c);
    return a + b + chars[n]!;
  };
}

/** Building words for registered addresses. */
export const BUILDING_WORDS = ['科技大厦', '商务中心', '创业大厦', '国际大厦', '工业园', '产业园', '广场', '商业中心', '创新中心', '大厦'] as const;

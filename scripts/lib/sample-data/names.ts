// Word lists for realistic synthetic records: people's names (surnames weighted as in Taizhou), mobile numbers,
// shop trades with the words a shop sign, a 个体工商户 name and a company name use, and 字号 (trade names).
// Every character here is in GBK: the registry and merchant exports are written in GBK/GB18030.

import type { Rng } from './prng';

const SURNAMES: readonly (readonly [string, number])[] = [
  ['王', 9], ['陈', 9], ['李', 6], ['张', 6], ['林', 7], ['郑', 5], ['黄', 4], ['吴', 4], ['徐', 4], ['周', 4],
  ['杨', 3], ['金', 4], ['叶', 3], ['蒋', 2], ['应', 2], ['潘', 2], ['梁', 2], ['牟', 2], ['颜', 1], ['朱', 2],
  ['赵', 2], ['刘', 2], ['胡', 2], ['何', 1], ['罗', 1], ['许', 1], ['陶', 1], ['洪', 1], ['卢', 1], ['蔡', 2],
  ['柯', 1], ['章', 1], ['方', 1], ['管', 1], ['程', 1], ['项', 1], ['戴', 1], ['泮', 1], ['池', 1], ['屈', 1],
];
const MALE = '建国伟军华明强勇斌杰涛辉波鹏海峰磊超新志文平林荣德永祥福良根兵宇浩俊晨洋锋刚龙彬达亮东江振宏金春卫';
const FEMALE = '芳丽娟英敏静燕霞萍玲秀美琴婷雪慧红艳莉飞佳颖倩洁琳云素彩兰菊月凤梅珍晓露丹妮宁';

export type Sex = 'male' | 'female';

export interface Person {
  name: string;
  sex: Sex;
}

/** Names that belong to the sample case's parties and must not be given to anybody else. */
export const RESERVED_NAMES = new Set<string>();

export function personName(rng: Rng, sex: Sex = rng.chance(0.55) ? 'male' : 'female'): Person {
  const pool = sex === 'male' ? MALE : FEMALE;
  for (;;) {
    const surname = rng.weighted(SURNAMES);
    const given = rng.chance(0.25) ? rng.chars(pool, 1) : rng.chars(pool, 2);
    const name = surname + given;
    if (!RESERVED_NAMES.has(name) && given.charAt(0) !== given.charAt(1)) return { name, sex };
  }
}

export function surnameOf(name: string): string {
  return name.charAt(0);
}

const MOBILE_PREFIXES = [
  '130', '131', '132', '133', '135', '136', '137', '138', '139', '150', '151', '152', '153', '155', '156', '157', '158',
  '159', '166', '173', '176', '177', '178', '180', '181', '182', '183', '185', '186', '187', '188', '189', '191', '198', '199',
] as const;

export function mobile(rng: Rng): string {
  return rng.pick(MOBILE_PREFIXES) + rng.chars('0123456789', 8);
}

export interface Trade {
  key: string;
  /** Words a shop sign ends with. */
  signs: readonly string[];
  /** What a 个体工商户 name ends with for this trade. */
  registered: string;
  /** The industry words in a company name: 台州市椒江{字号}{industry}有限公司. */
  industry: string;
  weight: number;
  /** Share of shops of this trade run by a company rather than a 个体工商户. */
  companyShare: number;
}

export const TRADES: readonly Trade[] = [
  { key: 'fruit', signs: ['水果店', '鲜果店', '水果超市', '果业'], registered: '水果店', industry: '果业', weight: 6, companyShare: 0.15 },
  { key: 'convenience', signs: ['便利店', '便利超市'], registered: '便利店', industry: '商贸', weight: 8, companyShare: 0.25 },
  { key: 'supermarket', signs: ['超市', '生活超市'], registered: '超市', industry: '商贸', weight: 4, companyShare: 0.35 },
  { key: 'barber', signs: ['理发店', '发型设计', '美发'], registered: '理发店', industry: '美容美发', weight: 4, companyShare: 0.15 },
  { key: 'beauty', signs: ['美容院', '美甲'], registered: '美容店', industry: '美容', weight: 2, companyShare: 0.3 },
  { key: 'noodles', signs: ['面馆', '面店', '拉面'], registered: '面馆', industry: '餐饮', weight: 5, companyShare: 0.15 },
  { key: 'snacks', signs: ['小吃店', '小吃', '食府'], registered: '小吃店', industry: '餐饮', weight: 5, companyShare: 0.1 },
  { key: 'breakfast', signs: ['早餐店', '早点', '包子铺'], registered: '早餐店', industry: '餐饮', weight: 4, companyShare: 0.05 },
  { key: 'restaurant', signs: ['饭店', '酒家', '大排档', '海鲜楼'], registered: '饭店', industry: '餐饮管理', weight: 4, companyShare: 0.45 },
  { key: 'fastfood', signs: ['快餐', '快餐店'], registered: '快餐店', industry: '餐饮', weight: 3, companyShare: 0.2 },
  { key: 'bbq', signs: ['烧烤', '烤肉'], registered: '烧烤店', industry: '餐饮', weight: 2, companyShare: 0.1 },
  { key: 'tea-drinks', signs: ['奶茶', '茶饮', '饮品店'], registered: '饮品店', industry: '餐饮管理', weight: 3, companyShare: 0.3 },
  { key: 'bakery', signs: ['蛋糕店', '烘焙', '面包房'], registered: '蛋糕店', industry: '食品', weight: 2, companyShare: 0.4 },
  { key: 'hardware', signs: ['五金店', '五金商行', '五金机电'], registered: '五金店', industry: '五金机电', weight: 3, companyShare: 0.3 },
  { key: 'building', signs: ['建材商行', '卫浴', '瓷砖'], registered: '建材店', industry: '建材', weight: 1, companyShare: 0.5 },
  { key: 'lamps', signs: ['灯饰', '灯具'], registered: '灯具店', industry: '照明电器', weight: 1, companyShare: 0.4 },
  { key: 'ebikes', signs: ['电动车行', '电动车'], registered: '电动车行', industry: '车业', weight: 2, companyShare: 0.3 },
  { key: 'carwash', signs: ['汽车美容', '洗车', '汽车服务'], registered: '汽车美容店', industry: '汽车服务', weight: 2, companyShare: 0.5 },
  { key: 'garage', signs: ['汽修', '汽车修理'], registered: '汽车修理店', industry: '汽车维修', weight: 1, companyShare: 0.5 },
  { key: 'phones', signs: ['手机店', '通讯', '手机维修'], registered: '通讯器材店', industry: '通讯设备', weight: 3, companyShare: 0.3 },
  { key: 'clothes', signs: ['服饰', '服装店', '女装', '男装'], registered: '服装店', industry: '服饰', weight: 5, companyShare: 0.2 },
  { key: 'shoes', signs: ['鞋店', '鞋业'], registered: '鞋店', industry: '鞋业', weight: 2, companyShare: 0.2 },
  { key: 'glasses', signs: ['眼镜店', '眼镜'], registered: '眼镜店', industry: '眼镜', weight: 1, companyShare: 0.5 },
  { key: 'baby', signs: ['母婴店', '童装'], registered: '母婴用品店', industry: '母婴用品', weight: 1, companyShare: 0.3 },
  { key: 'tobacco', signs: ['烟酒店', '烟酒商行', '名烟名酒'], registered: '烟酒店', industry: '商贸', weight: 4, companyShare: 0.15 },
  { key: 'grain', signs: ['粮油店', '粮油商行'], registered: '粮油店', industry: '粮油', weight: 2, companyShare: 0.2 },
  { key: 'tea', signs: ['茶叶店', '茶行', '茶庄'], registered: '茶叶店', industry: '茶业', weight: 1, companyShare: 0.3 },
  { key: 'drygoods', signs: ['南北货', '干货店', '海产品'], registered: '南北货店', industry: '食品', weight: 1, companyShare: 0.2 },
  { key: 'pharmacy', signs: ['大药房', '药店'], registered: '药店', industry: '医药', weight: 2, companyShare: 1 },
  { key: 'laundry', signs: ['干洗店', '洗衣'], registered: '干洗店', industry: '洗涤服务', weight: 1, companyShare: 0.2 },
  { key: 'flowers', signs: ['花店', '鲜花'], registered: '花店', industry: '花卉', weight: 1, companyShare: 0.1 },
  { key: 'stationery', signs: ['文具店', '文具'], registered: '文具店', industry: '文化用品', weight: 1, companyShare: 0.1 },
  { key: 'printing', signs: ['图文', '打印店', '广告'], registered: '图文店', industry: '广告', weight: 1, companyShare: 0.4 },
  { key: 'footbath', signs: ['足浴', '足道'], registered: '足浴店', industry: '休闲服务', weight: 1, companyShare: 0.5 },
  { key: 'mahjong', signs: ['棋牌室'], registered: '棋牌室', industry: '文化娱乐', weight: 1, companyShare: 0.2 },
  { key: 'repairs', signs: ['家电维修', '电器维修'], registered: '家电维修店', industry: '家电', weight: 1, companyShare: 0.1 },
  { key: 'pets', signs: ['宠物店', '宠物生活馆'], registered: '宠物店', industry: '宠物用品', weight: 1, companyShare: 0.3 },
];

export function pickTrade(rng: Rng): Trade {
  return rng.weighted(TRADES.map((t) => [t, t.weight] as const));
}

const BRAND_FIRST = '鑫宏华恒金永顺海东嘉瑞天博中汇信德联和兴盛泰丰源佳欣诚康荣昌隆达通晟锦辉凯明新众福祥益惠美';
const BRAND_SECOND = '鑫源达盛丰泰兴隆发顺昌华鼎诚信利康和美佳宇辉煌阳光润通成泽安';

/** A two-character 字号 such as 鑫源 or 宏达. */
export function brandWord(rng: Rng): string {
  for (;;) {
    const w = rng.chars(BRAND_FIRST, 1) + rng.chars(BRAND_SECOND, 1);
    if (w.charAt(0) !== w.charAt(1)) return w;
  }
}

const PLACE_WORDS = ['海门', '椒江', '白云', '葭沚', '东海', '台州', '江南', '枫山'] as const;

/** The front of a shop sign: 王记, 老陈, 阿强, 小林, 鑫源, 海门… */
export function signPrefix(rng: Rng, owner: string): string {
  const surname = surnameOf(owner);
  const given = owner.slice(1);
  return rng.weighted<string>([
    [`${surname}记`, 3],
    [`老${surname}`, 3],
    [`阿${given.charAt(given.length - 1)}`, 2],
    [`小${surname}`, 1],
    [`${surname}氏`, 1],
    [brandWord(rng), 9],
    [rng.pick(PLACE_WORDS), 2],
  ]);
}

/** Shops without a registry entry: stalls and small shops whose signs name only what they sell. */
export const GENERIC_SIGNS = [
  '沙县小吃', '兰州拉面', '重庆小面', '黄焖鸡米饭', '手机贴膜', '修鞋配钥匙', '缝补', '水果摊', '早点', '烧饼',
  '馄饨', '炒粉干', '麦饼', '嵌糕', '食杂店', '便民超市', '小卖部', '理发', '家常菜', '快餐',
] as const;

export const OFFICE_INDUSTRIES = [
  '贸易', '科技', '建筑工程', '装饰工程', '渣土运输', '物流', '电子商务', '信息技术', '文化传媒', '机械设备',
  '塑料制品', '模具', '物业管理', '劳务服务', '广告', '环保科技', '汽车租赁', '投资管理', '网络科技', '工程机械',
] as const;

/** Office companies whose vehicles appear in the vehicle registry. */
export const FLEET_INDUSTRIES = new Set<string>(['渣土运输', '物流', '建筑工程', '汽车租赁', '工程机械']);

export const OFFICE_BUILDINGS = ['星明大厦', '东海大厦', '天和大厦', '金鑫商务楼', '中盛广场', '耀江国际', '商会大厦', '新世纪大厦', '银泰中心', '恒大写字楼'] as const;

export const COMMUNITIES = [
  '锦江花苑', '星星小区', '东方明珠花园', '枫南小区', '白云新村', '海门新村', '云西小区', '华景花园', '金色家园',
  '中央花园', '东海花园', '江城公寓', '康平小区', '青年路小区', '工人新村', '葭沚新村', '开发区公寓', '阳光水岸',
] as const;

// The five kinds of inter-department data a case relies on, their fields, and the Chinese headers the usual
// exports use for each field (the column-mapping presets). A bureau whose export differs saves its own mapping.

export const DATASET_KINDS = ['business', 'merchant', 'vehicle', 'grid', 'camera'] as const;
export type DatasetKind = (typeof DATASET_KINDS)[number];

export type FieldType = 'text' | 'uscc' | 'id-number' | 'plate' | 'date' | 'lat' | 'lon' | 'phone' | 'number' | 'grid-level';

export interface FieldSpec {
  key: string;
  zh: string;
  en: string;
  type: FieldType;
  required: boolean;
  /** Personal data: masked in lists, shown in full only where a handler opens the record. */
  personal?: boolean;
  /** A date that cannot lie after the day of import (a registration, a review). */
  past?: boolean;
  /** Header texts that map to this field, most common first. */
  headers: readonly string[];
}

export interface KindSpec {
  kind: DatasetKind;
  zh: string;
  en: string;
  /** The field that identifies a record within one export (duplicates are rejected). */
  keyField: string;
  nameField: string;
  addressField: string | null;
  fields: readonly FieldSpec[];
}

const LAT: FieldSpec = { key: 'lat', zh: '纬度', en: 'Latitude', type: 'lat', required: false, headers: ['纬度', 'lat', 'latitude', 'Y', 'y坐标', 'Y坐标'] };
const LON: FieldSpec = { key: 'lon', zh: '经度', en: 'Longitude', type: 'lon', required: false, headers: ['经度', 'lon', 'lng', 'longitude', 'X', 'x坐标', 'X坐标'] };

export const KIND_SPECS: Record<DatasetKind, KindSpec> = {
  business: {
    kind: 'business',
    zh: '市场主体登记',
    en: 'Business registry',
    keyField: 'uscc',
    nameField: 'name',
    addressField: 'address',
    fields: [
      { key: 'uscc', zh: '统一社会信用代码', en: 'Unified social credit code', type: 'uscc', required: true, headers: ['统一社会信用代码', '社会信用代码', '信用代码', 'USCC'] },
      { key: 'name', zh: '名称', en: 'Name', type: 'text', required: true, headers: ['名称', '企业名称', '主体名称', '字号名称'] },
      { key: 'entityType', zh: '类型', en: 'Entity type', type: 'text', required: false, headers: ['类型', '主体类型', '企业类型'] },
      { key: 'representative', zh: '法定代表人/经营者', en: 'Legal representative / operator', type: 'text', required: false, headers: ['法定代表人/经营者', '法定代表人', '经营者', '负责人'] },
      { key: 'address', zh: '住所/经营场所', en: 'Registered address', type: 'text', required: false, headers: ['住所/经营场所', '住所', '经营场所', '地址'] },
      { key: 'status', zh: '登记状态', en: 'Registration status', type: 'text', required: false, headers: ['登记状态', '经营状态', '状态'] },
      { key: 'establishedOn', zh: '成立日期', en: 'Established on', type: 'date', required: false, past: true, headers: ['成立日期', '注册日期', '登记日期'] },
      LON,
      LAT,
    ],
  },
  merchant: {
    kind: 'merchant',
    zh: '临街商户基础信息',
    en: 'Street-front merchants',
    keyField: 'merchantId',
    nameField: 'signName',
    addressField: 'address',
    fields: [
      { key: 'merchantId', zh: '商户编号', en: 'Merchant id', type: 'text', required: true, headers: ['商户编号', '编号', '商户ID', 'ID'] },
      { key: 'signName', zh: '店招名称', en: 'Shop sign', type: 'text', required: true, headers: ['店招名称', '店招', '商户名称', '店名'] },
      { key: 'address', zh: '地址', en: 'Address', type: 'text', required: false, headers: ['地址', '经营地址', '门牌地址'] },
      LON,
      LAT,
      { key: 'manager', zh: '负责人', en: 'Person in charge', type: 'text', required: false, headers: ['负责人', '经营者', '联系人'] },
      { key: 'phone', zh: '联系电话', en: 'Phone', type: 'phone', required: false, personal: true, headers: ['联系电话', '电话', '手机', '联系方式'] },
      { key: 'uscc', zh: '统一社会信用代码', en: 'Unified social credit code', type: 'uscc', required: false, headers: ['统一社会信用代码', '社会信用代码', '信用代码'] },
      { key: 'gridCode', zh: '所属网格', en: 'Grid', type: 'text', required: false, headers: ['所属网格', '网格编码', '网格'] },
    ],
  },
  vehicle: {
    kind: 'vehicle',
    zh: '机动车登记',
    en: 'Vehicle registry',
    keyField: 'plate',
    nameField: 'owner',
    addressField: 'address',
    fields: [
      { key: 'plate', zh: '号牌号码', en: 'Plate', type: 'plate', required: true, headers: ['号牌号码', '车牌号码', '车牌号', '号牌'] },
      { key: 'plateType', zh: '号牌种类', en: 'Plate type', type: 'text', required: false, headers: ['号牌种类', '车牌种类'] },
      { key: 'owner', zh: '所有人', en: 'Owner', type: 'text', required: true, headers: ['所有人', '车主', '机动车所有人'] },
      { key: 'idNumber', zh: '证件号码', en: 'ID number', type: 'id-number', required: false, personal: true, headers: ['证件号码', '身份证号码', '身份证号', '证件号'] },
      { key: 'address', zh: '住所', en: 'Address', type: 'text', required: false, headers: ['住所', '地址', '住址'] },
    ],
  },
  grid: {
    kind: 'grid',
    zh: '网格',
    en: 'Grids',
    keyField: 'code',
    nameField: 'name',
    addressField: null,
    fields: [
      { key: 'code', zh: '网格编码', en: 'Grid code', type: 'text', required: true, headers: ['网格编码', '编码', '网格编号'] },
      { key: 'name', zh: '名称', en: 'Name', type: 'text', required: true, headers: ['名称', '网格名称'] },
      { key: 'level', zh: '层级', en: 'Level', type: 'grid-level', required: true, headers: ['层级', '级别', '网格层级'] },
      { key: 'parentCode', zh: '上级编码', en: 'Parent code', type: 'text', required: false, headers: ['上级编码', '上级网格', '父级编码'] },
      { key: 'leader', zh: '网格长/街长', en: 'Grid leader / street leader', type: 'text', required: false, headers: ['网格长/街长', '网格长', '街长', '负责人'] },
      { key: 'phone', zh: '联系电话', en: 'Phone', type: 'phone', required: false, personal: true, headers: ['联系电话', '电话'] },
    ],
  },
  camera: {
    kind: 'camera',
    zh: '监控点位/设备',
    en: 'Camera registry',
    keyField: 'deviceId',
    nameField: 'name',
    addressField: null,
    fields: [
      { key: 'deviceId', zh: '设备编号', en: 'Device id', type: 'text', required: true, headers: ['设备编号', '设备编码', '点位编号', '序列号'] },
      { key: 'name', zh: '名称', en: 'Name', type: 'text', required: true, headers: ['名称', '点位名称', '设备名称'] },
      LON,
      LAT,
      { key: 'direction', zh: '朝向', en: 'Direction', type: 'text', required: false, headers: ['朝向', '方向'] },
      { key: 'legalReviewOn', zh: '法制审核日期', en: 'Legal review', type: 'date', required: false, past: true, headers: ['法制审核日期', '法制审核'] },
      { key: 'techReviewOn', zh: '技术审核日期', en: 'Technical review', type: 'date', required: false, past: true, headers: ['技术审核日期', '技术审核'] },
      { key: 'publishedOn', zh: '公布日期', en: 'Published on', type: 'date', required: false, past: true, headers: ['公布日期', '公示日期'] },
      { key: 'publishedWhere', zh: '公布途径', en: 'Published where', type: 'text', required: false, headers: ['公布途径', '公示途径', '公布方式'] },
      { key: 'calibratedFrom', zh: '检定有效期起', en: 'Calibration valid from', type: 'date', required: false, headers: ['检定有效期起', '检定日期'] },
      { key: 'calibratedTo', zh: '检定有效期止', en: 'Calibration valid to', type: 'date', required: false, headers: ['检定有效期止', '检定有效期至'] },
      { key: 'clockOffsetSeconds', zh: '时钟偏差秒', en: 'Clock offset (s)', type: 'number', required: false, headers: ['时钟偏差秒', '时钟偏差', '时钟偏差(秒)'] },
    ],
  },
};

export const GRID_LEVELS = ['街', '片区', '街道', '建成区'] as const;
export type GridLevel = (typeof GRID_LEVELS)[number];

/** field key → the header of the column that holds it; null where no column fits. Saved mappings win over the preset. */
export type ColumnMapping = Record<string, string | null>;

const normalise = (h: string): string => h.replace(/^\uFEFF/, '').replace(/[\s（）()：:]/g, '').toLowerCase();

export function suggestMapping(kind: DatasetKind, headers: readonly string[], saved?: ColumnMapping): ColumnMapping {
  const mapping: ColumnMapping = {};
  for (const field of KIND_SPECS[kind].fields) {
    const fromSaved = saved?.[field.key];
    if (fromSaved !== undefined && (fromSaved === null || headers.includes(fromSaved))) {
      mapping[field.key] = fromSaved;
      continue;
    }
    const aliases = field.headers.map(normalise);
    mapping[field.key] = headers.find((h) => aliases.includes(normalise(h))) ?? null;
  }
  return mapping;
}

export function missingRequired(kind: DatasetKind, mapping: ColumnMapping): FieldSpec[] {
  return KIND_SPECS[kind].fields.filter((f) => f.required && !mapping[f.key]);
}

// Every doubt about a capture is a warning with a stable code: the code is what tools and the chain rules
// read; the message is what a case handler reads. A warning never blocks an import.

export const WARNING_CODES = [
  'time-missing',
  'time-zone-assumed',
  'clock-not-set',
  'time-in-future',
  'time-before-device-era',
  'gps-null-island',
  'gps-out-of-range',
  'gps-time-mismatch',
  'edited-software',
  'edited-modify-date',
  'edited-xmp-history',
  'metadata-unreadable',
] as const;

export type WarningCode = (typeof WARNING_CODES)[number];
export type WarningSeverity = 'info' | 'warning' | 'serious';

export interface WarningText {
  severity: WarningSeverity;
  zh: string;
  en: string;
}

export const WARNING_TEXT: Record<WarningCode, WarningText> = {
  'time-missing': {
    severity: 'serious',
    zh: '文件中没有拍摄时间，不能据此证明违法行为发生的时间。',
    en: 'The file records no capture time, so it cannot prove when the act happened.',
  },
  'time-zone-assumed': {
    severity: 'info',
    zh: '设备未记录时区，按工作区时区推定；案卷中将注明该时间为推定时区。',
    en: 'The device recorded no time zone; the workspace zone was assumed, and the case file says so.',
  },
  'clock-not-set': {
    severity: 'serious',
    zh: '拍摄时间为空白、全零或出厂默认值，设备时钟未设置，时间不可采信。',
    en: "The capture time is blank, zero or a factory default: the device clock was never set and the time can't be trusted.",
  },
  'time-in-future': {
    severity: 'serious',
    zh: '拍摄时间晚于导入时间，设备时钟可能有误。',
    en: 'The capture time is later than the import: the device clock is probably wrong.',
  },
  'time-before-device-era': {
    severity: 'serious',
    zh: '拍摄时间早于此类数码设备可能存在的年代，设备时钟可能有误。',
    en: 'The capture time is earlier than such a digital device could exist: the clock is probably wrong.',
  },
  'gps-null-island': {
    severity: 'warning',
    zh: 'GPS 坐标为 0,0，通常表示定位失败，不能作为拍摄地点。',
    en: 'GPS position is 0,0, which usually means no fix; it cannot show where the capture was made.',
  },
  'gps-out-of-range': {
    severity: 'warning',
    zh: 'GPS 坐标超出有效范围，定位数据损坏。',
    en: 'GPS coordinates are out of range: the position data is corrupt.',
  },
  'gps-time-mismatch': {
    severity: 'warning',
    zh: 'GPS 卫星时间与设备记录的拍摄时间不一致，设备时钟可能有偏差。',
    en: "The GPS satellite time disagrees with the device's capture time: the device clock may be off.",
  },
  'edited-software': {
    severity: 'serious',
    zh: '文件由图像编辑软件保存过，可能已被修改，需说明或取得原始文件。',
    en: 'The file was saved by image-editing software and may have been altered; explain it or obtain the original.',
  },
  'edited-modify-date': {
    severity: 'warning',
    zh: '文件修改时间晚于拍摄时间，拍摄后可能被处理过。',
    en: 'The file was modified after it was captured and may have been processed.',
  },
  'edited-xmp-history': {
    severity: 'serious',
    zh: '文件带有编辑历史记录（XMP），拍摄后被编辑过。',
    en: 'The file carries an editing history (XMP): it was edited after capture.',
  },
  'metadata-unreadable': {
    severity: 'serious',
    zh: '元数据无法读取或已损坏，拍摄时间和地点无法核实。',
    en: 'The metadata is unreadable or corrupt; capture time and place cannot be checked.',
  },
};

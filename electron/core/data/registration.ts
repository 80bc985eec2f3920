// Whether a registration was in force on a day, from the registry's status text and establishment date.

const ACTIVE_STATUSES = ['存续', '在业', '开业', '正常', '登记成立', '在营'];
const ENDED_STATUSES = ['注销', '吊销', '撤销', '迁出', '歇业'];

/** true/false where the registry says; null where its status is unknown or the day is unknown. */
export function registrationActiveOn(status: string | null, establishedOn: string | null, day: string | null): boolean | null {
  if (status && ENDED_STATUSES.some((s) => status.includes(s))) return false;
  if (status && ACTIVE_STATUSES.some((s) => status.includes(s))) return establishedOn === null || day === null || establishedOn <= day;
  return null;
}

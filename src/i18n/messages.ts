import type zhCN from './zh-CN';
import type zhCNStaff from './zh-CN.staff';

type DeepStrings<T> = { -readonly [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> };

/** The shape every language must fill: the keys of the default language, any string values. */
export type CoreMessages = DeepStrings<typeof zhCN>;
/** The staff screens' part, loaded with them (`loadStaffMessages`). */
export type StaffMessages = DeepStrings<typeof zhCNStaff>;
export type Messages = CoreMessages & StaffMessages;

type StripPlural<K extends string> = K extends `${infer Base}_${'one' | 'other'}` ? Base : K;
type Leaves<T> = {
  [K in keyof T & string]: T[K] extends string ? StripPlural<K> : `${K}.${Leaves<T[K]>}`;
}[keyof T & string];

/** Every message key, e.g. `'tickets.mine'`; plural keys without their `_one`/`_other` suffix. */
export type MessageKey = Leaves<Messages>;
export type MessageParams = Record<string, string | number>;

import { flatPattern, nameMax, notBlank } from '@/lib/policy';
import type { FlatLink } from '../types';

export interface BuildingOption {
  id: string;
  number: number;
  entrances: number;
}

export interface AddressValues {
  buildingId: string;
  entrance: string;
  flat: string;
}

export type AddressErrors = Partial<
  Record<keyof AddressValues, 'buildingMissing' | 'entranceMissing' | 'flatInvalid'>
>;

/** Checks an address the way the rules will (flat: flatPattern, 3–4 digits; entrance within the building). */
export function validateAddress(
  v: AddressValues,
  buildings: BuildingOption[],
): { link: FlatLink | null; errors: AddressErrors } {
  const errors: AddressErrors = {};
  const building = buildings.find((b) => b.id === v.buildingId);
  if (!building) errors.buildingId = 'buildingMissing';
  const entrance = Number(v.entrance);
  if (
    !v.entrance ||
    !Number.isInteger(entrance) ||
    entrance < 1 ||
    (building && entrance > building.entrances)
  ) {
    errors.entrance = 'entranceMissing';
  }
  const flat = v.flat.trim();
  if (!new RegExp(flatPattern).test(flat)) errors.flat = 'flatInvalid';
  if (Object.keys(errors).length) return { link: null, errors };
  return { link: { buildingId: v.buildingId, entrance, flat }, errors };
}

/** A name as the rules take it (saved trimmed): something that shows, at most nameMax characters as typed. */
export function validateName(name: string): 'nameMissing' | 'nameTooLong' | null {
  if (!notBlank(name)) return 'nameMissing';
  if (name.length > nameMax) return 'nameTooLong';
  return null;
}

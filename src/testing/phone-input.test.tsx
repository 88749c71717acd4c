/**
 * Every form that takes a phone number reads it the one way (src/lib/phone.ts): any way a person writes a
 * number gives the stored form (E.164), what is not a number is said at its field in the user's language,
 * and what was typed stays. Numbers shown to staff are read as people write them and dial on a tap.
 */
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { PhoneLink } from '@/components/ui/PhoneLink';
import { CareEditor } from '@/features/households/components/CareEditor';
import { CaseForm } from '@/features/mediation/components/CaseForm';
import { InviteForm, StaffAdmin } from '@/features/staff/components/StaffAdmin';
import { newCareRecord } from '@/features/households/api/writes';
import type { HouseholdPrivate } from '@/features/households/types';
import { setLanguage, t } from '@/i18n';
import { renderWithProviders } from './render';

const calls = vi.hoisted(() => ({
  care: vi.fn(),
  invite: vi.fn(),
  byPhone: vi.fn(),
  findByPhone: vi.fn(),
}));
vi.mock('@/features/households/api/mutations', () => ({ saveCare: calls.care }));
vi.mock('@/features/staff/api/mutations', () => ({ invite: calls.invite }));
vi.mock('@/features/mediation/api/mutations', () => ({ findByPhone: calls.findByPhone }));
vi.mock('@/features/staff/api/queries', () => ({
  staffQueries: {
    list: () => ({ queryKey: ['staff', 'list'], queryFn: () => [] }),
    invites: () => ({ queryKey: ['staff', 'invites'], queryFn: () => [] }),
    byPhone: (phone: string) => ({
      queryKey: ['staff', 'byPhone', phone],
      queryFn: () => calls.byPhone(phone) ?? null,
    }),
  },
}));

beforeEach(() => {
  Object.values(calls).forEach((fn) => fn.mockReset());
  calls.findByPhone.mockResolvedValue(null);
});

const field = (label: string) => screen.getByLabelText(label);

const record = (phones: HouseholdPrivate['phones']): HouseholdPrivate => ({
  id: 'h1',
  ...newCareRecord('b1', phones),
});

describe('care record', () => {
  it('shows stored numbers and numbers saved in the old form alike, and saves every number as E.164', async () => {
    renderWithProviders(
      <CareEditor
        record={record([
          { name: '儿子', phone: '+8613800000001' },
          { name: '老伴', phone: '0730-8821234' },
        ])}
        where={{ id: 'h1', buildingId: 'b1', entrance: 1, flat: '101', buildingNumber: 1 }}
        actor={{ id: 'w1', name: '黄网格' }}
        onDone={vi.fn()}
      />,
    );
    expect(field(t('register.phone', { n: 1 }))).toHaveValue('138 0000 0001');
    expect(field(t('register.phone', { n: 2 }))).toHaveValue('0730 882 1234');
    await userEvent.click(screen.getByRole('button', { name: t('register.addPhone') }));
    await userEvent.type(field(t('register.phoneOwner', { n: 3 })), '女儿');
    await userEvent.type(field(t('register.phone', { n: 3 })), '+86 １３９－００００－００７７');
    await userEvent.click(screen.getByRole('button', { name: t('register.addPhone') }));
    await userEvent.click(screen.getByRole('button', { name: t('app.save') }));
    expect(calls.care).toHaveBeenCalledOnce();
    expect(calls.care.mock.calls[0]![3].phones).toEqual([
      { name: '儿子', phone: '+8613800000001' },
      { name: '老伴', phone: '+867308821234' },
      { name: '女儿', phone: '+8613900000077' },
    ]);
  });

  it('says at each wrong number that it is wrong, in English too, keeping what was typed', async () => {
    await setLanguage('en');
    renderWithProviders(
      <CareEditor
        record={record([
          { name: 'son', phone: '139 0000' },
          { name: 'wife', phone: '13800000001' },
          { name: 'office', phone: '8821234' },
        ])}
        where={{ id: 'h1', buildingId: 'b1', entrance: 1, flat: '101', buildingNumber: 1 }}
        actor={{ id: 'w1', name: '黄网格' }}
        onDone={vi.fn()}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: t('app.save') }));
    expect(field(t('register.phone', { n: 1 }))).toHaveAccessibleDescription(
      'The phone number 139 0000 is not valid: a mobile has 11 digits; a landline needs its area code, e.g. 0730-8821234',
    );
    expect(field(t('register.phone', { n: 2 }))).toHaveAttribute('aria-invalid', 'false');
    expect(field(t('register.phone', { n: 3 }))).toHaveAccessibleDescription(
      t('register.errors.phoneInvalid', { phone: '8821234' }),
    );
    expect(field(t('register.phone', { n: 3 }))).toHaveValue('8821234');
    expect(calls.care).not.toHaveBeenCalled();
  });
});

describe('staff invitation', () => {
  it('takes a mobile written with +86 and spaces, and stores the invitation under its E.164 form', async () => {
    const onDone = vi.fn();
    renderWithProviders(<InviteForm headUid="head" buildings={[]} onDone={onDone} onError={vi.fn()} />);
    await userEvent.type(field(t('admin.inviteKey')), '+86 139 0000 0099');
    await userEvent.type(field(t('admin.inviteName')), '赵新');
    await userEvent.click(screen.getByRole('button', { name: t('admin.inviteSend') }));
    expect(calls.invite).toHaveBeenCalledWith('head', '+8613900000099', '赵新', []);
    expect(onDone).toHaveBeenCalledWith(t('admin.invited', { name: '赵新', key: '139 0000 0099' }));
  });

  it('still takes an email; refuses a landline, saying why', async () => {
    renderWithProviders(<InviteForm headUid="head" buildings={[]} onDone={vi.fn()} onError={vi.fn()} />);
    await userEvent.type(field(t('admin.inviteKey')), '0730-8821234');
    await userEvent.type(field(t('admin.inviteName')), '赵新');
    await userEvent.click(screen.getByRole('button', { name: t('admin.inviteSend') }));
    expect(field(t('admin.inviteKey'))).toHaveAccessibleDescription(t('admin.errors.keyLandline'));
    expect(field(t('admin.inviteKey'))).toHaveValue('0730-8821234');
    expect(calls.invite).not.toHaveBeenCalled();
    await userEvent.clear(field(t('admin.inviteKey')));
    await userEvent.type(field(t('admin.inviteKey')), ' Zhao@Example.com ');
    await userEvent.click(screen.getByRole('button', { name: t('admin.inviteSend') }));
    expect(calls.invite).toHaveBeenCalledWith('head', 'zhao@example.com', '赵新', []);
  });
});

describe('grant a role by mobile number', () => {
  const admin = () =>
    renderWithProviders(
      <StaffAdmin
        headUid="head"
        headName="主任"
        buildings={[]}
        assignBuilding={vi.fn()}
        reassign={vi.fn()}
        countOpen={vi.fn()}
      />,
    );

  it('looks the account up by the E.164 form of what was typed', async () => {
    admin();
    await userEvent.type(field(t('admin.findByPhone')), '+86 139-0000-0077');
    await userEvent.click(screen.getByRole('button', { name: t('admin.find') }));
    expect(await screen.findByText(t('admin.notFound'))).toBeInTheDocument();
    expect(calls.byPhone).toHaveBeenCalledWith('+8613900000077');
  });

  it('says at the field when it is not a mobile number, and looks nothing up', async () => {
    admin();
    const phone = field(t('admin.findByPhone'));
    await userEvent.type(phone, '１３９１２３４');
    await userEvent.click(screen.getByRole('button', { name: t('admin.find') }));
    expect(phone).toHaveAccessibleDescription(t('admin.errors.phone'));
    expect(phone).toHaveValue('１３９１２３４');
    await userEvent.clear(phone);
    await userEvent.type(phone, '0730 8821234');
    await userEvent.click(screen.getByRole('button', { name: t('admin.find') }));
    expect(phone).toHaveAccessibleDescription(t('admin.errors.phoneLandline'));
    expect(calls.byPhone).not.toHaveBeenCalled();
  });
});

describe('mediation case: a party found by mobile', () => {
  it('looks the party up by the E.164 form; a number that is not a mobile is said at its field', async () => {
    const onSave = vi.fn();
    renderWithProviders(<CaseForm mediators={[{ id: 'w1', name: '黄网格' }]} onSave={onSave} />);
    await userEvent.type(field(t('mediation.caseTitle')), '楼上漏水');
    await userEvent.type(field(t('mediation.partyName', { n: 1 })), '张大妈');
    await userEvent.type(field(t('mediation.partyPhone', { n: 1 })), '86 139 1234 5678');
    await userEvent.type(field(t('mediation.partyName', { n: 2 })), '李师傅');
    await userEvent.type(field(t('mediation.partyPhone', { n: 2 })), '0730-8821234');
    await userEvent.click(screen.getByRole('button', { name: t('mediation.create') }));
    expect(calls.findByPhone).toHaveBeenCalledExactlyOnceWith('+8613912345678');
    expect(field(t('mediation.partyPhone', { n: 2 }))).toHaveAccessibleDescription(
      t('mediation.errors.phoneLandline', { phone: '0730-8821234' }),
    );
    await userEvent.clear(field(t('mediation.partyPhone', { n: 2 })));
    await userEvent.type(field(t('mediation.partyPhone', { n: 2 })), '139 1234');
    await userEvent.click(screen.getByRole('button', { name: t('mediation.create') }));
    expect(field(t('mediation.partyPhone', { n: 2 }))).toHaveAccessibleDescription(
      t('mediation.errors.phoneInvalid', { phone: '139 1234' }),
    );
    expect(field(t('mediation.partyPhone', { n: 2 }))).toHaveValue('139 1234');
    expect(onSave).not.toHaveBeenCalled();
  });
});

describe('a number shown to staff', () => {
  it('reads as people write it and calls on a tap', () => {
    renderWithProviders(
      <>
        <PhoneLink phone="+8613900000077" />
        <PhoneLink phone="0730-8821234" />
        <PhoneLink phone="不详" />
      </>,
    );
    expect(screen.getByRole('link', { name: '139 0000 0077' })).toHaveAttribute('href', 'tel:13900000077');
    expect(screen.getByRole('link', { name: '0730 882 1234' })).toHaveAttribute('href', 'tel:07308821234');
    expect(screen.getByText('不详').closest('a')).toBeNull();
  });
});

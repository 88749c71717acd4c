/**
 * The register's new forms given bad input (issue 23): registering a household, taking one off the register,
 * refusing an address. Each message sits at its field, what was typed stays, and nothing is saved.
 */
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { AddHousehold } from '@/features/households/components/AddHousehold';
import { ArchivePanel } from '@/features/households/components/ArchivePanel';
import { PendingLinks } from '@/features/households/components/PendingLinks';
import { t } from '@/i18n';
import { archiveReasonMax, linkReasonMax } from '@/lib/policy';
import { renderWithProviders } from './render';

const saved = { add: vi.fn(), archive: vi.fn(), refuse: vi.fn(), confirm: vi.fn() };
vi.mock('@/features/households/api/mutations', () => ({
  addHousehold: (...a: unknown[]) => saved.add(...a),
  archiveHousehold: (...a: unknown[]) => saved.archive(...a),
  refuseLink: (...a: unknown[]) => saved.refuse(...a),
  confirmLink: (...a: unknown[]) => saved.confirm(...a),
}));

const actor = { id: 'u-w1', name: '黄网格' };
const field = (label: string | RegExp) => screen.getByLabelText(label);
const nothingSaved = () => Object.values(saved).forEach((fn) => expect(fn).not.toHaveBeenCalled());

describe('bad input in the register’s new forms', () => {
  it('registering a household: a flat that is not one, no name, a phone that is not one', async () => {
    const flatState = vi.fn(async () => 'none' as const);
    renderWithProviders(
      <AddHousehold
        actor={actor}
        building={{ id: 'b1', number: 1, entrances: 2 }}
        entrance={1}
        flatState={flatState}
        householdPath={(id) => `/register/${id}`}
        onDone={vi.fn()}
      />,
    );
    await userEvent.type(field(t('registerEdit.flat')), '4o2');
    await userEvent.type(field(t('registerEdit.phone')), '139 0000');
    await userEvent.click(screen.getByRole('button', { name: t('registerEdit.add') }));
    expect(field(t('registerEdit.flat'))).toHaveAccessibleDescription(
      `${t('registerEdit.flatInvalid')} ${t('registerEdit.flatHint')}`,
    );
    expect(field(t('registerEdit.headName'))).toHaveAttribute('aria-invalid', 'true');
    expect(field(t('registerEdit.phone'))).toHaveAttribute('aria-invalid', 'true');
    expect(field(t('registerEdit.flat'))).toHaveValue('4o2');
    expect(field(t('registerEdit.phone'))).toHaveValue('139 0000');
    expect(flatState).not.toHaveBeenCalled();
    nothingSaved();
  });

  it('registering a household at a flat already on the register (or archived): said at the flat, with a link', async () => {
    renderWithProviders(
      <AddHousehold
        actor={actor}
        building={{ id: 'b1', number: 1, entrances: 2 }}
        entrance={1}
        flatState={async () => 'archived'}
        householdPath={(id) => `/register/${id}`}
        onDone={vi.fn()}
      />,
    );
    await userEvent.type(field(t('registerEdit.flat')), '402');
    await userEvent.type(field(t('registerEdit.headName')), '林新户');
    await userEvent.click(screen.getByRole('button', { name: t('registerEdit.add') }));
    expect(await screen.findByRole('link', { name: t('registerEdit.openTaken') })).toHaveAttribute(
      'href',
      '/register/h-1-1-402',
    );
    expect(field(t('registerEdit.flat'))).toHaveAccessibleDescription(
      `${t('registerEdit.flatArchived')} ${t('registerEdit.flatHint')}`,
    );
    expect(field(t('registerEdit.headName'))).toHaveValue('林新户');
    nothingSaved();
  });

  it('taking a household off the register: no reason, or one too long', async () => {
    renderWithProviders(
      <ArchivePanel
        household={{
          id: 'h-1-1-101',
          buildingId: 'b1',
          entrance: 1,
          flat: '101',
          interestGroup: 'jumin',
          members: [],
          createdAt: null,
          archived: false,
          archivedReason: null,
          archivedAt: null,
        }}
        buildingNumber={1}
        actor={actor}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: t('registerEdit.archive') }));
    await userEvent.type(field(t('registerEdit.archiveReason')), '   ');
    await userEvent.click(screen.getByRole('button', { name: t('registerEdit.archiveConfirm') }));
    expect(field(t('registerEdit.archiveReason'))).toHaveAccessibleDescription(
      `${t('registerEdit.archiveReasonMissing')} 3/${archiveReasonMax}`,
    );
    await userEvent.click(field(t('registerEdit.archiveReason')));
    await userEvent.paste('因'.repeat(archiveReasonMax));
    await userEvent.click(screen.getByRole('button', { name: t('registerEdit.archiveConfirm') }));
    expect(field(t('registerEdit.archiveReason'))).toHaveAttribute('aria-invalid', 'true');
    nothingSaved();
  });

  it('refusing an address: the reason the resident will read is required; typed, it stays until sent', async () => {
    renderWithProviders(
      <PendingLinks
        actor={actor}
        building={{ id: 'b1', number: 1 }}
        requests={[{ id: 'u-r9', displayName: '周杰', phone: null, entrance: 2, flat: '601' }]}
        knownFlats={async () => false}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: t('register.refuse') }));
    await userEvent.click(screen.getByRole('button', { name: t('registerEdit.refuseSend') }));
    expect(field(t('registerEdit.refuseReason'))).toHaveAccessibleDescription(
      `${t('registerEdit.refuseReasonMissing')} ${t('registerEdit.refuseReasonHint')} · 0/${linkReasonMax}`,
    );
    await userEvent.type(field(t('registerEdit.refuseReason')), '没有这一户');
    expect(field(t('registerEdit.refuseReason'))).toHaveValue('没有这一户');
    nothingSaved();
  });
});

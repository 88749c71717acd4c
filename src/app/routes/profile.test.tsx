import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { t } from '@/i18n';
import type { UserProfile } from '@/features/account/types';
import { renderWithProviders } from '@/testing/render';
import Profile from './profile';

const me = vi.hoisted(() => ({ profile: null as unknown }));
vi.mock('../me', () => ({ useMe: () => ({ user: { uid: 'u1' }, profile: me.profile }) }));
vi.mock('@/features/buildings/api/queries', () => ({
  buildingQueries: {
    list: () => ({ queryKey: ['buildings', 'list'], queryFn: () => [{ id: 'b1', number: 1, entrances: 2 }] }),
  },
}));

function resident(over: Partial<UserProfile>): UserProfile {
  return {
    id: 'u1',
    displayName: '王秀兰',
    role: 'resident',
    active: true,
    phone: '+8613800000001',
    email: null,
    householdId: 'h-1-1-101',
    buildingId: 'b1',
    linkStatus: 'confirmed',
    link: { buildingId: 'b1', entrance: 1, flat: '101' },
    linkReason: null,
    volunteer: false,
    locale: 'zh-CN',
    createdAt: null,
    ...over,
  };
}

const addressSection = async () =>
  (await screen.findByRole('heading', { name: t('profile.relink') })).closest('section')!;

describe('我的: the address', () => {
  it('a confirmed address is not asked again: "I have moved" opens the form', async () => {
    me.profile = resident({});
    renderWithProviders(<Profile />);
    const section = await screen.findByRole('button', { name: t('profile.moved') });
    expect(within(await addressSection()).queryByRole('combobox')).toBeNull();
    await userEvent.click(section);
    expect(
      await within(await addressSection()).findByRole('button', { name: t('profile.relink') }),
    ).toBeVisible();
  });

  it('an address not yet confirmed shows the form at once', async () => {
    me.profile = resident({ linkStatus: 'refused', linkReason: '门牌不符' });
    renderWithProviders(<Profile />);
    expect(
      await within(await addressSection()).findByRole('button', { name: t('profile.relink') }),
    ).toBeVisible();
    expect(screen.queryByRole('button', { name: t('profile.moved') })).toBeNull();
  });
});

/**
 * Every form the staff use, given bad input: the message sits next to the field it is about (tied to it, so
 * a screen reader reads it with the field), in the user's language, what was typed stays, and nothing is
 * saved. (The resident's forms — sign-in, first sign-in, report — have their own tests beside them.)
 */
import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { RelinkForm } from '@/features/account/components/RelinkForm';
import { EventForm } from '@/features/events/components/EventForm';
import { CareEditor } from '@/features/households/components/CareEditor';
import { HouseholdEditor } from '@/features/households/components/HouseholdEditor';
import { CaseForm } from '@/features/mediation/components/CaseForm';
import { NoticeForm } from '@/features/notices/components/NoticeAdmin';
import { InviteForm } from '@/features/staff/components/StaffAdmin';
import { CategoryEditor } from '@/features/tickets/components/CategoryEditor';
import { TicketActions } from '@/features/tickets/components/TicketActions';
import { VisitForm } from '@/features/visits/components/VisitForm';
import { setLanguage, t } from '@/i18n';
import { ticket } from './fixtures';
import { renderWithProviders } from './render';

const saved = {
  visit: vi.fn(),
  care: vi.fn(),
  household: vi.fn(),
  invite: vi.fn(),
  categories: vi.fn(),
  change: vi.fn(),
  remark: vi.fn(),
};
vi.mock('@/features/visits/api/log-visit', () => ({ logVisit: (...a: unknown[]) => saved.visit(...a) }));
vi.mock('@/features/households/api/mutations', () => ({
  saveCare: (...a: unknown[]) => saved.care(...a),
  saveHousehold: (...a: unknown[]) => saved.household(...a),
}));
vi.mock('@/features/staff/api/mutations', () => ({ invite: (...a: unknown[]) => saved.invite(...a) }));
vi.mock('@/features/tickets/api/categories', () => ({
  saveCategories: (...a: unknown[]) => saved.categories(...a),
}));
vi.mock('@/features/tickets/api/lazy-mutations', () => ({
  changeTicket: (...a: unknown[]) => saved.change(...a),
  addRemark: (...a: unknown[]) => saved.remark(...a),
}));
vi.mock('@/features/mediation/api/mutations', () => ({ findByPhone: () => Promise.resolve(null) }));

const nothingSaved = () => Object.values(saved).forEach((fn) => expect(fn).not.toHaveBeenCalled());
const field = (label: string) => screen.getByLabelText(label);

describe('bad input in every staff form', () => {
  it('home visit: a date out of range, nobody met, nothing found', async () => {
    renderWithProviders(
      <VisitForm
        worker={{ uid: 'w1', name: '黄网格' }}
        householdId="h1"
        buildingId="b1"
        intervalDays={30}
        lastVisitAt={null}
        onLogged={vi.fn()}
      />,
    );
    fireEvent.change(field(t('visits.date')), { target: { value: '2020-01-01' } });
    await userEvent.type(field(t('visits.metWith')), '   ');
    await userEvent.click(screen.getByRole('button', { name: t('visits.save') }));
    expect(field(t('visits.date'))).toHaveAccessibleDescription(t('visits.errors.date'));
    expect(field(t('visits.metWith'))).toHaveAccessibleDescription(
      new RegExp(t('visits.errors.metWith').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')),
    );
    // (the error first, then the length counter)
    expect(field(t('visits.findings'))).toHaveAccessibleDescription(`${t('visits.errors.findings')} 0/2000`);
    expect(field(t('visits.date'))).toHaveValue('2020-01-01');
    nothingSaved();
  });

  it('care record: a phone number that is not one, said at that phone', async () => {
    renderWithProviders(
      <CareEditor
        record={{
          id: 'h1',
          buildingId: 'b1',
          careTags: ['elderlyAlone'],
          phones: [
            { name: '儿子', phone: '13800000001' },
            { name: '女儿', phone: '1380000' },
          ],
          idNumbers: [],
          notes: '腿脚不便',
          visitIntervalDays: 30,
          lastVisitId: null,
          lastVisitAt: null,
          nextVisitDue: null,
        }}
        onDone={vi.fn()}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: t('app.save') }));
    const second = field(t('register.phone', { n: 2 }));
    expect(second).toHaveAccessibleDescription(t('register.errors.phoneInvalid', { phone: '1380000' }));
    expect(second).toHaveAttribute('aria-invalid', 'true');
    expect(field(t('register.phone', { n: 1 }))).toHaveAttribute('aria-invalid', 'false');
    expect(second).toHaveValue('1380000');
    nothingSaved();
  });

  it('household: no member named', async () => {
    renderWithProviders(
      <HouseholdEditor
        household={{
          id: 'h1',
          buildingId: 'b1',
          entrance: 1,
          flat: '101',
          interestGroup: 'tuixiu',
          members: [],
          createdAt: new Date('2026-01-01'),
        }}
        onDone={vi.fn()}
      />,
    );
    await userEvent.clear(field(t('register.relation')));
    await userEvent.type(field(t('register.relation')), '老伴');
    await userEvent.click(screen.getByRole('button', { name: t('app.save') }));
    expect(field(t('register.memberName', { n: 1 }))).toHaveAccessibleDescription(
      t('register.errors.membersMissing'),
    );
    expect(field(t('register.relation'))).toHaveValue('老伴');
    nothingSaved();
  });

  it('event: no title or place, ends before it starts, places not a number', async () => {
    const onSave = vi.fn();
    renderWithProviders(<EventForm onSave={onSave} />);
    await userEvent.type(field(t('eventAdmin.form.title')), '   ');
    fireEvent.change(field(t('eventAdmin.form.end')), { target: { value: '2020-01-01T08:00' } });
    await userEvent.clear(field(t('eventAdmin.form.capacity')));
    await userEvent.type(field(t('eventAdmin.form.capacity')), '三十');
    await userEvent.click(screen.getByRole('button', { name: t('eventAdmin.form.savePublish') }));
    expect(field(t('eventAdmin.form.title'))).toHaveAccessibleDescription(t('eventAdmin.form.errors.title'));
    expect(field(t('eventAdmin.form.place'))).toHaveAccessibleDescription(t('eventAdmin.form.errors.place'));
    expect(field(t('eventAdmin.form.end'))).toHaveAccessibleDescription(t('eventAdmin.form.errors.times'));
    expect(field(t('eventAdmin.form.capacity'))).toHaveAccessibleDescription(
      t('eventAdmin.form.errors.capacity'),
    );
    expect(field(t('eventAdmin.form.capacity'))).toHaveValue('三十');
    expect(onSave).not.toHaveBeenCalled();
  });

  it('mediation case: no title, no mediator, a party phone nobody has', async () => {
    const onSave = vi.fn();
    renderWithProviders(<CaseForm mediators={[{ id: 'w1', name: '黄网格' }]} onSave={onSave} />);
    await userEvent.type(field(t('mediation.partyName', { n: 1 })), '张大妈');
    await userEvent.type(field(t('mediation.partyPhone', { n: 1 })), '13912345678');
    await userEvent.click(screen.getByRole('button', { name: t('mediation.create') }));
    expect(field(t('mediation.caseTitle'))).toHaveAccessibleDescription(t('mediation.errors.title'));
    expect(field(t('mediation.mediator'))).toHaveAccessibleDescription(t('mediation.errors.mediator'));
    expect(field(t('mediation.partyPhone', { n: 1 }))).toHaveAccessibleDescription(
      t('mediation.errors.phoneUnknown', { phone: '13912345678' }),
    );
    expect(field(t('mediation.partyName', { n: 1 }))).toHaveValue('张大妈');
    expect(onSave).not.toHaveBeenCalled();
  });

  it('notice: no heading, a body of spaces', async () => {
    const onSave = vi.fn();
    renderWithProviders(
      <NoticeForm initial={null} buildings={[{ id: 'b1', number: 1 }]} onSave={onSave} onCancel={vi.fn()} />,
    );
    await userEvent.type(field(t('noticesAdmin.body')), '   ');
    await userEvent.click(screen.getByRole('button', { name: t('noticesAdmin.publish') }));
    expect(field(t('noticesAdmin.heading'))).toHaveAccessibleDescription(t('noticesAdmin.errors.heading'));
    expect(field(t('noticesAdmin.body'))).toHaveAccessibleDescription(t('noticesAdmin.errors.body'));
    expect(onSave).not.toHaveBeenCalled();
  });

  it('staff invitation: neither a mobile number nor an email, no name', async () => {
    renderWithProviders(<InviteForm headUid="head" onDone={vi.fn()} onError={vi.fn()} />);
    await userEvent.type(field(t('admin.inviteKey')), '1391234');
    await userEvent.click(screen.getByRole('button', { name: t('admin.inviteSend') }));
    expect(field(t('admin.inviteKey'))).toHaveAccessibleDescription(t('admin.errors.key'));
    expect(field(t('admin.inviteName'))).toHaveAccessibleDescription(t('admin.errors.name'));
    expect(field(t('admin.inviteKey'))).toHaveValue('1391234');
    nothingSaved();
  });

  it('categories: a deadline that is not a whole number of hours keeps what was typed', async () => {
    renderWithProviders(
      <CategoryEditor
        headUid="head"
        initial={[
          {
            id: 'water',
            parent: null,
            zh: '水管',
            en: 'Water',
            order: 0,
            responseHours: 4,
            resolutionHours: 48,
            canned: [],
            active: true,
            shared: true,
          },
        ]}
      />,
    );
    const hours = field(t('categoriesAdmin.responseHours'));
    await userEvent.clear(hours);
    await userEvent.type(hours, '12小时');
    await userEvent.clear(field(t('categoriesAdmin.en')));
    await userEvent.click(screen.getByRole('button', { name: t('categoriesAdmin.save') }));
    expect(hours).toHaveValue('12小时');
    expect(hours).toHaveAccessibleDescription(t('categoriesAdmin.errors.hours'));
    expect(field(t('categoriesAdmin.en'))).toHaveAccessibleDescription(t('categoriesAdmin.errors.name'));
    expect(field(t('categoriesAdmin.resolutionHours'))).toHaveAttribute('aria-invalid', 'false');
    nothingSaved();
  });

  it('ticket: resolving with no word for the resident, confirming without a rating', async () => {
    const worker = { uid: 'w', name: '黄网格', role: 'worker' as const, householdId: null };
    const { unmount } = renderWithProviders(
      <TicketActions
        ticket={ticket({ status: 'in_progress', acceptedAt: new Date() })}
        viewer={worker}
        ownsBuilding
        category={undefined}
        workers={[]}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: t('actions.resolve') }));
    const reply = field(`${t('actions.resolve')} · ${t('actions.resolution')}`);
    await userEvent.type(reply, '　 ');
    await userEvent.click(screen.getAllByRole('button', { name: t('actions.resolve') }).at(-1)!);
    expect(reply).toHaveAccessibleDescription(`${t('actions.errors.textMissing')} 2/1000`);
    expect(reply).toHaveValue('　 ');
    unmount();

    const resident = { uid: 'r', name: '王秀英', role: 'resident' as const, householdId: 'h' };
    renderWithProviders(
      <TicketActions
        ticket={ticket({ status: 'resolved', resolvedAt: new Date() })}
        viewer={resident}
        ownsBuilding={false}
        category={undefined}
        workers={[]}
      />,
    );
    await userEvent.type(field(t('actions.rateComment')), '师傅很耐心');
    await userEvent.click(screen.getByRole('button', { name: t('actions.confirm') }));
    expect(screen.getByRole('group', { name: t('actions.rate') })).toHaveAccessibleDescription(
      t('actions.errors.ratingMissing'),
    );
    expect(field(t('actions.rateComment'))).toHaveValue('师傅很耐心');
    nothingSaved();
  });

  it('moving house: an address that is not one (in English too)', async () => {
    await setLanguage('en');
    const onSubmit = vi.fn();
    renderWithProviders(
      <RelinkForm buildings={[{ id: 'b1', number: 1, entrances: 2 }]} initial={null} onSubmit={onSubmit} />,
    );
    await userEvent.type(field('Flat'), '4');
    await userEvent.click(screen.getByRole('button', { name: t('profile.relink') }));
    expect(field('Building')).toHaveAccessibleDescription('Please choose a building');
    expect(field('Flat')).toHaveAccessibleDescription(/3 or 4 digits/);
    expect(field('Flat')).toHaveValue('4');
    expect(onSubmit).not.toHaveBeenCalled();
  });
});

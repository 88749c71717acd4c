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
import { Roster } from '@/features/events/components/Roster';
import { CareEditor } from '@/features/households/components/CareEditor';
import { HouseholdEditor } from '@/features/households/components/HouseholdEditor';
import { CaseDetail } from '@/features/mediation/components/CaseDetail';
import { CaseForm } from '@/features/mediation/components/CaseForm';
import { NoticeForm } from '@/features/notices/components/NoticeAdmin';
import { InviteForm } from '@/features/staff/components/StaffAdmin';
import { CategoryEditor } from '@/features/tickets/components/CategoryEditor';
import { TicketActions } from '@/features/tickets/components/TicketActions';
import { VisitForm } from '@/features/visits/components/VisitForm';
import { setLanguage, t } from '@/i18n';
import { dateInputValue } from '@/lib/dates';
import {
  cannedMax,
  caseSummaryMax,
  caseTitleMax,
  categoriesMax,
  deadlineHoursMax,
  eventCapacityMax,
  eventDescriptionMax,
  eventPlaceMax,
  eventRolesMax,
  eventTitleMax,
  householdNotesMax,
  idNumbersMax,
  membersMax,
  nameMax,
  noticeAudienceMax,
  noticeBodyMax,
  noticeTitleMax,
  partiesMax,
  phonesMax,
  relationMax,
  roleCapacityMax,
  sessionTextMax,
  timelineTextMax,
  volunteerHoursMax,
} from '@/lib/policy';
import { newCareRecord } from '@/features/households/api/writes';
import type { Household, HouseholdPrivate, Member } from '@/features/households/types';
import type { Category } from '@/features/tickets/types';
import { category, ticket } from './fixtures';
import { renderWithProviders } from './render';

const saved = {
  visit: vi.fn(),
  care: vi.fn(),
  household: vi.fn(),
  invite: vi.fn(),
  categories: vi.fn(),
  change: vi.fn(),
  remark: vi.fn(),
  session: vi.fn(),
  hours: vi.fn(),
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
vi.mock('@/features/mediation/api/mutations', () => ({
  findByPhone: () => Promise.resolve(null),
  addSession: (...a: unknown[]) => saved.session(...a),
  recordOutcome: vi.fn(),
}));
vi.mock('@/features/events/api/mutations', () => ({
  checkIn: vi.fn(),
  confirmHours: (...a: unknown[]) => saved.hours(...a),
}));
vi.mock('@/features/mediation/api/queries', () => ({
  mediationQueries: { sessions: (id: string) => ({ queryKey: ['sessions', id], queryFn: () => [] }) },
}));

/** Text one character longer than the rules accept (pasted: a paste is never cut). */
const overBy1 = (max: number) => '长'.repeat(max + 1);
const paste = async (el: HTMLElement, text: string) => {
  await userEvent.click(el);
  await userEvent.paste(text);
};
/** The description of a field whose text is one character over: the message, then the counter. */
const tooLong = (max: number) => `${t('form.tooLong', { count: max + 1, max })} ${max + 1}/${max}`;
const nothingSaved = () => Object.values(saved).forEach((fn) => expect(fn).not.toHaveBeenCalled());
const field = (label: string) => screen.getByLabelText(label);

/** What the forms are opened on: a care record, a household of 1-1-101. */
const careRecord = (patch: Partial<HouseholdPrivate> = {}): HouseholdPrivate => ({
  id: 'h1',
  ...newCareRecord('b1', []),
  ...patch,
});
const household = (members: Member[]): Household => ({
  id: 'h1',
  buildingId: 'b1',
  entrance: 1,
  flat: '101',
  interestGroup: 'tuixiu',
  members,
  createdAt: new Date('2026-01-01'),
  archived: false,
  archivedReason: null,
  archivedAt: null,
});
/** The staff member saving, and where the record is (the audit entry names both). */
const actor = { id: 'w1', name: '黄网格' };
const where = { id: 'h1', buildingId: 'b1', entrance: 1, flat: '101', buildingNumber: 1 };

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
    expect(field(t('visits.date'))).toHaveAccessibleDescription(t('visits.errors.date', { days: 30 }));
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
        record={careRecord({
          careTags: ['elderlyAlone'],
          phones: [
            { name: '儿子', phone: '13800000001' },
            { name: '女儿', phone: '1380000' },
          ],
          notes: '腿脚不便',
          visitIntervalDays: 30,
        })}
        where={where}
        actor={actor}
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
      <HouseholdEditor household={household([])} buildingNumber={1} actor={actor} onDone={vi.fn()} />,
    );
    await userEvent.clear(field(t('register.relation')));
    await userEvent.type(field(t('register.relation')), '老伴');
    await userEvent.click(screen.getByRole('button', { name: t('app.save') }));
    expect(field(t('register.memberName', { n: 1 }))).toHaveAccessibleDescription(
      `${t('register.errors.membersMissing')} 0/40`,
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
    expect(field(t('eventAdmin.form.title'))).toHaveAccessibleDescription(
      `${t('eventAdmin.form.errors.title')} 3/80`,
    );
    expect(field(t('eventAdmin.form.place'))).toHaveAccessibleDescription(
      `${t('eventAdmin.form.errors.place')} 0/100`,
    );
    expect(field(t('eventAdmin.form.end'))).toHaveAccessibleDescription(t('eventAdmin.form.errors.times'));
    // (the error first, then the range the rules take)
    expect(field(t('eventAdmin.form.capacity'))).toHaveAccessibleDescription(
      `${t('eventAdmin.form.errors.capacity', { max: eventCapacityMax })} ${t('eventAdmin.form.capacityHint', { max: eventCapacityMax })}`,
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
    expect(field(t('mediation.caseTitle'))).toHaveAccessibleDescription(
      `${t('mediation.errors.title')} 0/80`,
    );
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
    expect(field(t('noticesAdmin.heading'))).toHaveAccessibleDescription(
      `${t('noticesAdmin.errors.heading')} 0/80`,
    );
    expect(field(t('noticesAdmin.body'))).toHaveAccessibleDescription(
      `${t('noticesAdmin.errors.body')} 3/5000`,
    );
    expect(onSave).not.toHaveBeenCalled();
  });

  it('staff invitation: neither a mobile number nor an email, no name', async () => {
    renderWithProviders(<InviteForm headUid="head" buildings={[]} onDone={vi.fn()} onError={vi.fn()} />);
    await userEvent.type(field(t('admin.inviteKey')), '1391234');
    await userEvent.click(screen.getByRole('button', { name: t('admin.inviteSend') }));
    expect(field(t('admin.inviteKey'))).toHaveAccessibleDescription(t('admin.errors.key'));
    expect(field(t('admin.inviteName'))).toHaveAccessibleDescription(`${t('admin.errors.name')} 0/40`);
    expect(field(t('admin.inviteKey'))).toHaveValue('1391234');
    nothingSaved();
  });

  it('categories: a deadline that is not a whole number of hours keeps what was typed', async () => {
    renderWithProviders(<CategoryEditor head={{ id: 'head', name: '主任' }} initial={[category('water')]} />);
    const hours = field(t('categoriesAdmin.responseHours'));
    await userEvent.clear(hours);
    await userEvent.type(hours, '12小时');
    await userEvent.clear(field(t('categoriesAdmin.en')));
    await userEvent.click(screen.getByRole('button', { name: t('categoriesAdmin.save') }));
    expect(hours).toHaveValue('12小时');
    // (each error first, then the field's range or counter)
    expect(hours).toHaveAccessibleDescription(
      `${t('categoriesAdmin.errors.hours', { max: deadlineHoursMax })} ${t('categoriesAdmin.hoursHint', { max: deadlineHoursMax })}`,
    );
    expect(field(t('categoriesAdmin.en'))).toHaveAccessibleDescription(
      `${t('categoriesAdmin.errors.name')} 0/40`,
    );
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
      t('actions.errors.ratingMissing', { max: 5 }),
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

describe('text over the rules’ limit, and lists at their cap', () => {
  it('mediation case: a title, a background and a party’s name one character too long', async () => {
    const onSave = vi.fn();
    renderWithProviders(<CaseForm mediators={[{ id: 'w1', name: '黄网格' }]} onSave={onSave} />);
    await paste(field(t('mediation.caseTitle')), overBy1(caseTitleMax));
    await paste(field(t('mediation.summary')), overBy1(caseSummaryMax));
    await paste(field(t('mediation.partyName', { n: 1 })), overBy1(nameMax));
    await userEvent.selectOptions(field(t('mediation.mediator')), 'w1');
    await userEvent.click(screen.getByRole('button', { name: t('mediation.create') }));
    expect(field(t('mediation.caseTitle'))).toHaveAccessibleDescription(tooLong(caseTitleMax));
    expect(field(t('mediation.summary'))).toHaveAccessibleDescription(tooLong(caseSummaryMax));
    expect(field(t('mediation.partyName', { n: 1 }))).toHaveAccessibleDescription(tooLong(nameMax));
    expect(field(t('mediation.caseTitle'))).toHaveValue(overBy1(caseTitleMax));
    expect(field(t('mediation.summary'))).toHaveValue(overBy1(caseSummaryMax));
    expect(field(t('mediation.caseTitle'))).toHaveFocus();
    expect(onSave).not.toHaveBeenCalled();
  });

  it('mediation case: a phone with no name is not dropped; no eleventh party', async () => {
    const onSave = vi.fn();
    renderWithProviders(<CaseForm mediators={[{ id: 'w1', name: '黄网格' }]} onSave={onSave} />);
    await userEvent.type(field(t('mediation.caseTitle')), '噪音');
    await userEvent.type(field(t('mediation.partyName', { n: 1 })), '张大妈');
    await userEvent.type(field(t('mediation.partyPhone', { n: 2 })), '13912345678');
    await userEvent.selectOptions(field(t('mediation.mediator')), 'w1');
    await userEvent.click(screen.getByRole('button', { name: t('mediation.create') }));
    expect(field(t('mediation.partyName', { n: 2 }))).toHaveAccessibleDescription(
      `${t('mediation.errors.partyName')} 0/${nameMax}`,
    );
    expect(onSave).not.toHaveBeenCalled();
    for (let n = 2; n < partiesMax; n++)
      await userEvent.click(screen.getByRole('button', { name: t('mediation.addParty') }));
    expect(screen.getAllByLabelText(/当事人 \d+ 姓名/)).toHaveLength(partiesMax);
    expect(screen.queryByRole('button', { name: t('mediation.addParty') })).toBeNull();
    expect(screen.getByText(t('mediation.partiesFull', { max: partiesMax }))).toHaveFocus();
  });

  it('mediation session: dated tomorrow, agreed text one character too long', async () => {
    renderWithProviders(
      <CaseDetail
        kase={{
          id: 'c1',
          title: '噪音',
          summary: '',
          buildingId: null,
          parties: [{ name: '张大妈', uid: null }],
          partyUids: [],
          mediatorId: 'w1',
          mediatorName: '黄网格',
          status: 'open',
          outcome: null,
          followUpAt: null,
          ticketId: null,
          createdAt: new Date(),
        }}
        canRecord
        me={{ uid: 'w1', name: '黄网格', staff: true }}
      />,
    );
    const tomorrow = dateInputValue(new Date(Date.now() + 86_400_000));
    fireEvent.change(field(t('mediation.sessionAt')), { target: { value: tomorrow } });
    await paste(field(t('mediation.agreed')), overBy1(sessionTextMax));
    await userEvent.click(screen.getByRole('button', { name: t('mediation.addSession') }));
    expect(field(t('mediation.sessionAt'))).toHaveAccessibleDescription(t('mediation.errors.sessionAt'));
    expect(field(t('mediation.sessionAt'))).toHaveValue(tomorrow);
    expect(field(t('mediation.agreed'))).toHaveAccessibleDescription(tooLong(sessionTextMax));
    expect(field(t('mediation.agreed'))).toHaveValue(overBy1(sessionTextMax));
    nothingSaved();
  });

  it('event: title, description, place and a role’s name one character too long; places out of range', async () => {
    const onSave = vi.fn();
    renderWithProviders(<EventForm onSave={onSave} />);
    await paste(field(t('eventAdmin.form.title')), overBy1(eventTitleMax));
    await paste(field(t('eventAdmin.form.description')), overBy1(eventDescriptionMax));
    await paste(field(t('eventAdmin.form.place')), overBy1(eventPlaceMax));
    await userEvent.clear(field(t('eventAdmin.form.capacity')));
    await userEvent.type(field(t('eventAdmin.form.capacity')), String(eventCapacityMax + 1));
    await userEvent.click(screen.getByRole('button', { name: t('eventAdmin.form.addRole') }));
    await paste(field(t('eventAdmin.form.roleName', { n: 1 })), overBy1(nameMax));
    await userEvent.clear(field(t('eventAdmin.form.roleCapacity', { n: 1 })));
    await userEvent.type(field(t('eventAdmin.form.roleCapacity', { n: 1 })), String(roleCapacityMax + 1));
    await userEvent.click(screen.getByRole('button', { name: t('eventAdmin.form.saveDraft') }));
    expect(field(t('eventAdmin.form.title'))).toHaveAccessibleDescription(tooLong(eventTitleMax));
    expect(field(t('eventAdmin.form.description'))).toHaveAccessibleDescription(tooLong(eventDescriptionMax));
    expect(field(t('eventAdmin.form.place'))).toHaveAccessibleDescription(tooLong(eventPlaceMax));
    expect(field(t('eventAdmin.form.roleName', { n: 1 }))).toHaveAccessibleDescription(tooLong(nameMax));
    expect(field(t('eventAdmin.form.capacity'))).toHaveAccessibleDescription(
      new RegExp(`^${t('eventAdmin.form.errors.capacity', { max: eventCapacityMax })}`),
    );
    expect(field(t('eventAdmin.form.roleCapacity', { n: 1 }))).toHaveAccessibleDescription(
      `${t('eventAdmin.form.errors.roleCapacity', { max: roleCapacityMax })} ${t('eventAdmin.form.roleCapacityHint', { max: roleCapacityMax })}`,
    );
    expect(field(t('eventAdmin.form.title'))).toHaveValue(overBy1(eventTitleMax));
    expect(field(t('eventAdmin.form.capacity'))).toHaveValue(String(eventCapacityMax + 1));
    expect(onSave).not.toHaveBeenCalled();
  });

  it('event: no role past the cap, a role with no name said at that role', async () => {
    const onSave = vi.fn();
    renderWithProviders(<EventForm onSave={onSave} />);
    await userEvent.type(field(t('eventAdmin.form.title')), '重阳节');
    await userEvent.type(field(t('eventAdmin.form.place')), '活动室');
    for (let n = 0; n < eventRolesMax; n++)
      await userEvent.click(screen.getByRole('button', { name: t('eventAdmin.form.addRole') }));
    expect(screen.queryByRole('button', { name: t('eventAdmin.form.addRole') })).toBeNull();
    expect(screen.getByText(t('eventAdmin.form.rolesFull', { max: eventRolesMax }))).toHaveFocus();
    await userEvent.click(screen.getByRole('button', { name: t('eventAdmin.form.saveDraft') }));
    expect(field(t('eventAdmin.form.roleName', { n: 1 }))).toHaveAccessibleDescription(
      `${t('eventAdmin.form.errors.roleName')} 0/${nameMax}`,
    );
    expect(field(t('eventAdmin.form.roleName', { n: 1 }))).toHaveFocus();
    expect(onSave).not.toHaveBeenCalled();
  });

  it('notice: heading and text one character too long; no more buildings than a notice may name', async () => {
    const onSave = vi.fn();
    const buildings = Array.from({ length: noticeAudienceMax + 1 }, (_, i) => ({
      id: `b${i + 1}`,
      number: i + 1,
    }));
    renderWithProviders(
      <NoticeForm initial={null} buildings={buildings} onSave={onSave} onCancel={vi.fn()} />,
    );
    await paste(field(t('noticesAdmin.heading')), overBy1(noticeTitleMax));
    await paste(field(t('noticesAdmin.body')), overBy1(noticeBodyMax));
    await userEvent.click(screen.getByRole('button', { name: t('noticesAdmin.publish') }));
    expect(field(t('noticesAdmin.heading'))).toHaveAccessibleDescription(tooLong(noticeTitleMax));
    expect(field(t('noticesAdmin.body'))).toHaveAccessibleDescription(tooLong(noticeBodyMax));
    expect(field(t('noticesAdmin.heading'))).toHaveValue(overBy1(noticeTitleMax));
    expect(field(t('noticesAdmin.body'))).toHaveValue(overBy1(noticeBodyMax));
    expect(onSave).not.toHaveBeenCalled();

    await userEvent.click(field(t('noticesAdmin.everyone')));
    for (const b of buildings.slice(0, noticeAudienceMax))
      fireEvent.click(field(t('building.name', { number: b.number })));
    expect(field(t('building.name', { number: noticeAudienceMax + 1 }))).toBeDisabled();
    expect(field(t('building.name', { number: 1 }))).toBeEnabled();
    expect(screen.getByText(t('noticesAdmin.audienceFull', { max: noticeAudienceMax }))).toBeVisible();
  });

  it('care record: notes and a phone’s name one character too long, an ID number that is not one', async () => {
    renderWithProviders(
      <CareEditor
        record={careRecord({ phones: [{ name: '儿子', phone: '+8613800000001' }] })}
        where={where}
        actor={actor}
        onDone={vi.fn()}
      />,
    );
    await userEvent.clear(field(t('register.phoneOwner', { n: 1 })));
    await paste(field(t('register.phoneOwner', { n: 1 })), overBy1(nameMax));
    await paste(field(t('register.notes')), overBy1(householdNotesMax));
    await userEvent.click(screen.getByRole('button', { name: t('register.addIdNumber') }));
    await userEvent.type(field(t('register.idOwner', { n: 1 })), '王秀英');
    await userEvent.type(field(t('register.idNumber', { n: 1 })), '43010219500101123');
    await userEvent.click(screen.getByRole('button', { name: t('register.addIdNumber') }));
    await userEvent.type(field(t('register.idNumber', { n: 2 })), '110105 19491231 002x');
    await userEvent.click(screen.getByRole('button', { name: t('app.save') }));
    expect(field(t('register.phoneOwner', { n: 1 }))).toHaveAccessibleDescription(tooLong(nameMax));
    expect(field(t('register.notes'))).toHaveAccessibleDescription(tooLong(householdNotesMax));
    expect(field(t('register.idNumber', { n: 1 }))).toHaveAccessibleDescription(
      `${t('registerEdit.idNumber.length', { count: 17 })} ${t('registerEdit.idNumberHint')}`,
    );
    // a well-formed number, written with spaces and a small x, is fine; whose it is must be said
    expect(field(t('register.idNumber', { n: 2 }))).toHaveAttribute('aria-invalid', 'false');
    expect(field(t('register.idOwner', { n: 2 }))).toHaveAccessibleDescription(
      `${t('register.errors.ownerMissing')} 0/${nameMax}`,
    );
    expect(field(t('register.idNumber', { n: 1 }))).toHaveValue('43010219500101123');
    expect(field(t('register.notes'))).toHaveValue(overBy1(householdNotesMax));
    nothingSaved();
  });

  it('care record: no phone past the rules’ six, no ID number past their twelve; a number with no name', async () => {
    renderWithProviders(
      <CareEditor
        record={careRecord({ phones: [{ name: '', phone: '+8613800000001' }] })}
        where={where}
        actor={actor}
        onDone={vi.fn()}
      />,
    );
    for (let n = 1; n < phonesMax; n++)
      await userEvent.click(screen.getByRole('button', { name: t('register.addPhone') }));
    expect(screen.queryByRole('button', { name: t('register.addPhone') })).toBeNull();
    expect(screen.getByText(t('register.phonesFull', { max: phonesMax }))).toHaveFocus();
    for (let n = 0; n < idNumbersMax; n++)
      await userEvent.click(screen.getByRole('button', { name: t('register.addIdNumber') }));
    expect(screen.queryByRole('button', { name: t('register.addIdNumber') })).toBeNull();
    expect(screen.getByText(t('register.idNumbersFull', { max: idNumbersMax }))).toBeVisible();
    // one removed: the button is back
    await userEvent.click(screen.getByRole('button', { name: t('register.removePhone', { n: phonesMax }) }));
    expect(screen.getByRole('button', { name: t('register.addPhone') })).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: t('app.save') }));
    expect(field(t('register.phoneOwner', { n: 1 }))).toHaveAccessibleDescription(
      `${t('register.errors.ownerMissing')} 0/${nameMax}`,
    );
    nothingSaved();
  });

  it('household: a member’s name and relation one character too long, a member with no relation; at most twelve', async () => {
    renderWithProviders(
      <HouseholdEditor
        household={household([{ name: '王秀英', relation: '户主' }])}
        buildingNumber={1}
        actor={actor}
        onDone={vi.fn()}
      />,
    );
    await paste(field(t('register.memberName', { n: 1 })), overBy1(nameMax - 3));
    await paste(field(t('register.relation')), overBy1(relationMax - 2));
    await userEvent.click(screen.getByRole('button', { name: t('register.addMember') }));
    await userEvent.type(field(t('register.memberName', { n: 2 })), '李建国');
    await userEvent.click(screen.getByRole('button', { name: t('app.save') }));
    expect(field(t('register.memberName', { n: 1 }))).toHaveAccessibleDescription(tooLong(nameMax));
    expect(screen.getAllByLabelText(t('register.relation'))[0]).toHaveAccessibleDescription(
      tooLong(relationMax),
    );
    expect(screen.getAllByLabelText(t('register.relation'))[1]).toHaveAccessibleDescription(
      `${t('register.errors.relationMissing')} 0/${relationMax}`,
    );
    expect(field(t('register.memberName', { n: 1 }))).toHaveValue(`王秀英${overBy1(nameMax - 3)}`);
    nothingSaved();
    for (let n = 2; n < membersMax; n++)
      await userEvent.click(screen.getByRole('button', { name: t('register.addMember') }));
    expect(screen.queryByRole('button', { name: t('register.addMember') })).toBeNull();
    expect(screen.getByText(t('register.membersFull', { max: membersMax }))).toHaveFocus();
  });

  it('categories: a name one character too long, too many canned replies, one reply too long; how many to fix', async () => {
    renderWithProviders(
      <CategoryEditor head={{ id: 'head', name: '主任' }} initial={[category('water'), category('power')]} />,
    );
    const [zh1] = screen.getAllByLabelText(t('categoriesAdmin.zh'));
    const [canned1, canned2] = screen.getAllByLabelText(t('categoriesAdmin.canned'));
    await userEvent.clear(zh1!);
    await paste(zh1!, overBy1(nameMax));
    await paste(canned1!, Array.from({ length: cannedMax + 1 }, (_, i) => `回复${i + 1}`).join('\n'));
    await paste(canned2!, `好的\n${overBy1(timelineTextMax)}`);
    await userEvent.click(screen.getByRole('button', { name: t('categoriesAdmin.save') }));
    expect(zh1).toHaveAccessibleDescription(tooLong(nameMax));
    expect(canned1).toHaveAccessibleDescription(
      `${t('categoriesAdmin.errors.tooManyCanned', { count: cannedMax + 1, max: cannedMax })} ${t('categoriesAdmin.cannedHint', { count: cannedMax + 1, max: cannedMax, chars: timelineTextMax })}`,
    );
    expect(canned2).toHaveAccessibleDescription(
      new RegExp(
        `^${t('categoriesAdmin.errors.cannedTooLong', { n: 2, count: timelineTextMax + 1, max: timelineTextMax })}`,
      ),
    );
    // the count beside the save button; the focus at the first field to fix, not at the message
    expect(screen.getByText(t('categoriesAdmin.errors.fields', { count: 3 }))).toBeInTheDocument();
    expect(zh1).toHaveFocus();
    expect(zh1).toHaveValue(overBy1(nameMax));
    nothingSaved();
  });

  it('categories: a new sub-category gets an id the rules take; none past the cap', async () => {
    const { unmount } = renderWithProviders(
      <CategoryEditor head={{ id: 'head', name: '主任' }} initial={[category('water')]} />,
    );
    await userEvent.click(screen.getByRole('button', { name: t('categoriesAdmin.addChild') }));
    await userEvent.click(screen.getByRole('button', { name: t('categoriesAdmin.save') }));
    expect(saved.categories).toHaveBeenCalledOnce();
    const after = saved.categories.mock.calls[0]![1] as Category[];
    expect(after).toHaveLength(2);
    expect(after[1]!.parent).toBe('water');
    expect(after[1]!.id).toMatch(/^[A-Za-z][A-Za-z0-9]*$/);
    saved.categories.mockClear();
    unmount();

    renderWithProviders(
      <CategoryEditor
        head={{ id: 'head', name: '主任' }}
        initial={Array.from({ length: categoriesMax }, (_, i) => category(`c${i}`, { order: i }))}
      />,
    );
    expect(screen.queryByRole('button', { name: t('categoriesAdmin.addChild') })).toBeNull();
    expect(screen.getByText(t('categoriesAdmin.full', { max: categoriesMax }))).toBeVisible();
    // (the editor with all 80 categories, each with its questions, takes seconds to render in jsdom)
  }, 30_000);

  it('staff invitation: a name one character too long', async () => {
    renderWithProviders(<InviteForm headUid="head" buildings={[]} onDone={vi.fn()} onError={vi.fn()} />);
    await userEvent.type(field(t('admin.inviteKey')), '13912345678');
    await paste(field(t('admin.inviteName')), overBy1(nameMax));
    await userEvent.click(screen.getByRole('button', { name: t('admin.inviteSend') }));
    expect(field(t('admin.inviteName'))).toHaveAccessibleDescription(tooLong(nameMax));
    expect(field(t('admin.inviteName'))).toHaveValue(overBy1(nameMax));
    nothingSaved();
  });

  it('roster: more hours than the rules certify, said at the hours', async () => {
    const day = new Date(Date.now() - 3 * 86_400_000); // over: its hours can be certified
    renderWithProviders(
      <Roster
        event={{
          id: 'e1',
          title: '重阳节',
          description: '',
          place: '活动室',
          coverDataUrl: null,
          startAt: day,
          endAt: new Date(day.getTime() + 2 * 3_600_000),
          signupDeadline: day,
          status: 'published',
          capacity: 0,
          confirmed: 0,
          waitlist: [],
          seq: 1,
          roles: [{ id: 'guide', name: '引导员', capacity: 2, confirmed: 1, waitlist: [] }],
        }}
        signups={[
          {
            id: 'v1',
            uid: 'v1',
            name: '杨明',
            roleId: 'guide',
            seq: 1,
            status: 'confirmed',
            createdAt: day,
            checkedInAt: day,
            hours: null,
            hoursConfirmedBy: null,
            hoursConfirmedAt: null,
            eventId: 'e1',
            eventTitle: '重阳节',
            eventStartAt: day,
          },
        ]}
        staffUid="w1"
      />,
    );
    const hours = field(t('eventAdmin.hoursFor', { name: '杨明' }));
    await userEvent.type(hours, String(volunteerHoursMax + 1));
    await userEvent.click(screen.getByRole('button', { name: t('eventAdmin.confirmHours') }));
    expect(hours).toHaveAccessibleDescription(t('eventAdmin.hoursError', { max: volunteerHoursMax }));
    expect(hours).toHaveValue(String(volunteerHoursMax + 1));
    nothingSaved();
  });

  it('event: a role added after one was removed gets an id of its own', async () => {
    const onSave = vi.fn().mockResolvedValue(undefined);
    const start = new Date(Date.now() + 7 * 86_400_000);
    renderWithProviders(
      <EventForm
        initial={{
          id: 'e1',
          title: '重阳节',
          description: '',
          place: '活动室',
          coverDataUrl: null,
          startAt: start,
          endAt: new Date(start.getTime() + 2 * 3_600_000),
          signupDeadline: new Date(start.getTime() - 86_400_000),
          status: 'draft',
          capacity: 30,
          confirmed: 0,
          waitlist: [],
          seq: 0,
          roles: [
            { id: 'role1', name: '引导员', capacity: 2, confirmed: 0, waitlist: [] },
            { id: 'role2', name: '摄影', capacity: 1, confirmed: 0, waitlist: [] },
          ],
        }}
        onSave={onSave}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: t('eventAdmin.form.removeRole', { n: 1 }) }));
    await userEvent.click(screen.getByRole('button', { name: t('eventAdmin.form.addRole') }));
    await userEvent.type(field(t('eventAdmin.form.roleName', { n: 2 })), '茶水');
    await userEvent.click(screen.getByRole('button', { name: t('eventAdmin.form.saveDraft') }));
    expect(onSave).toHaveBeenCalledOnce();
    const ids = (onSave.mock.calls[0]![0] as { roles: { id: string }[] }).roles.map((r) => r.id);
    expect(ids).toEqual(['role2', 'role1']);
  });
});

import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { loadStaffMessages, t } from '@/i18n';
import { renderWithProviders } from '@/testing/render';
import { CaseForm } from './CaseForm';

describe('a mediation case opened from a ticket', () => {
  it('is filled in from the ticket and saved linked to it, the reporter by their account', async () => {
    await loadStaffMessages();
    const onSave = vi.fn(async () => {});
    renderWithProviders(
      <CaseForm
        mediators={[{ id: 'w1', name: '黄网格' }]}
        onSave={onSave}
        from={{
          ticketId: 't0016',
          buildingId: 'b2',
          title: '邻里纠纷：楼道堆物',
          summary: '和邻居因为楼道堆物起了争执。',
          parties: [
            { name: '李建国', phone: '', uid: 'u-r2' },
            { name: '', phone: '' },
          ],
        }}
      />,
    );
    expect(screen.getByLabelText(t('mediation.partyName', { n: 1 }))).toHaveValue('李建国');
    expect(screen.getByLabelText(t('mediation.mediator'))).toHaveValue('w1');
    await userEvent.type(screen.getByLabelText(t('mediation.partyName', { n: 2 })), '对门邻居');
    await userEvent.click(screen.getByRole('button', { name: t('mediation.create') }));
    expect(onSave).toHaveBeenCalledWith({
      title: '邻里纠纷：楼道堆物',
      summary: '和邻居因为楼道堆物起了争执。',
      buildingId: 'b2',
      parties: [
        { name: '李建国', uid: 'u-r2' },
        { name: '对门邻居', uid: null },
      ],
      mediator: { id: 'w1', name: '黄网格' },
      ticketId: 't0016',
    });
  });
});

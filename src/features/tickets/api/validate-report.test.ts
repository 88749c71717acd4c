// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { category } from '@/testing/fixtures';
import { descriptionMax } from '@/lib/policy';
import { reportTicket, validateReport, type ReportValues } from './validate-report';

const water = category('water');
const building = { id: 'b1', number: 1, commonAreas: ['lift'], workerId: 'w', workerName: '黄网格' };
const values = (description: string): ReportValues => ({
  top: 'water',
  categoryId: '',
  description,
  where: 'flat',
  buildingId: 'b1',
  area: '',
  urgency: 'normal',
});

describe('a report by voice', () => {
  it('needs no words with a voice message, as the rules have it; without one it does', () => {
    expect(validateReport(values(''), [water], [building]).errors).toEqual({
      description: 'descriptionMissing',
    });
    expect(validateReport(values('  '), [water], [building], false).category).toBeUndefined();
    const byVoice = validateReport(values(''), [water], [building], true);
    expect(byVoice.errors).toEqual({});
    expect(byVoice.category?.id).toBe('water');
  });

  it('still keeps words within the limit when there is a voice message', () => {
    expect(validateReport(values('水'.repeat(descriptionMax + 1)), [water], [building], true).errors).toEqual(
      {
        description: 'descriptionTooLong',
      },
    );
  });

  it('files the voice message’s length on the ticket (none without one)', () => {
    const report = {
      category: water,
      building,
      area: null,
      entrance: null,
      otherFlat: null,
      noPlace: false,
      answers: [],
      description: '',
      urgency: 'normal' as const,
      photos: [],
      voice: { dataUrl: 'data:audio/webm;base64,AAAA', seconds: 7 },
    };
    const household = { id: 'h', entrance: 1, flat: '101' };
    expect(reportTicket('t1', report, household, building).voiceSeconds).toBe(7);
    expect(reportTicket('t1', { ...report, voice: null }, household, building).voiceSeconds).toBeNull();
  });
});

// The Nest providers of the deadline capability (the module spreads these).
import type { Provider } from '@nestjs/common';
import { NotificationCenter } from '@sti/notifications';
import { FeeService } from '../fees/fee.service.js';
import { HolidayService } from '../holidays/holiday.service.js';
import { CalendarFeedService } from './calendar-feed.service.js';
import { DeadlineRuleService } from './deadline-rule.service.js';
import { DeadlineService } from './deadline.service.js';
import type { DeadlineCapability } from './deadlines.composition.js';
import { ReminderService } from './reminder.service.js';

export function deadlineProviders(c: DeadlineCapability): Provider[] {
  return [
    { provide: DeadlineService, useValue: c.deadlines },
    { provide: DeadlineRuleService, useValue: c.deadlineRules },
    { provide: HolidayService, useValue: c.holidays },
    { provide: ReminderService, useValue: c.reminders },
    { provide: CalendarFeedService, useValue: c.calendarFeeds },
    { provide: FeeService, useValue: c.fees },
    { provide: NotificationCenter, useValue: c.notificationCenter },
  ];
}

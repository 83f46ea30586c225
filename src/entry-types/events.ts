/** Meetings, workshops and conferences. */
import { eventSchema } from '../schemas/event.ts';
import { defineEntryType } from './descriptor.ts';

export const events = defineEntryType({
	name: 'events',
	aliases: ['event'],
	schema: eventSchema,
	labels: {
		en: {
			one: 'Event',
			other: 'Events',
			intro: 'Meetings, workshops and expert group meetings.',
			all: 'All events',
			latest: 'Events',
			upcoming: 'Upcoming events',
			past: 'Past events',
			noneUpcoming: 'No upcoming events are announced at the moment.',
		},
	},
	colour: '#8a3b00',
	scheduled: true,
	translatable: ['location'],
	facts: (data) => ({ startDate: data.startDate, endDate: data.endDate, location: data.location, languages: [], files: [] }),
	schemaType: () => 'Event',
	template: {
		fields: () => `# First and last day of the event (YYYY-MM-DD), and where it takes place:
# startDate: 2012-03-07
# endDate: 2012-03-09
# location: Vienna (Austria)
`,
	},
});

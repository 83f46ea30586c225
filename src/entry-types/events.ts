/** Meetings, workshops and conferences. */
import { eventSchema } from '../schemas/event.ts';
import { defineEntryType } from './descriptor.ts';

export const events = defineEntryType({
	name: 'events',
	aliases: ['event'],
	schema: eventSchema,
	labels: {
		ar: {
			one: 'فعالية',
			other: 'الفعاليات',
			intro: 'اجتماعات وحلقات عمل واجتماعات أفرقة خبراء.',
			all: 'جميع الفعاليات',
			latest: 'الفعاليات',
			upcoming: 'الفعاليات المقبلة',
			past: 'الفعاليات السابقة',
			noneUpcoming: 'لم يُعلَن عن أي فعاليات مقبلة في الوقت الحالي.',
		},
		zh: {
			one: '活动',
			other: '活动',
			intro: '会议、讲习班和专家组会议。',
			all: '全部活动',
			latest: '活动',
			upcoming: '即将举行的活动',
			past: '往期活动',
			noneUpcoming: '目前暂无即将举行的活动。',
		},
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
		fr: {
			one: 'Événement',
			other: 'Événements',
			intro: 'Réunions, ateliers et réunions de groupes d’experts.',
			all: 'Tous les événements',
			latest: 'Événements',
			upcoming: 'Événements à venir',
			past: 'Événements passés',
			noneUpcoming: 'Aucun événement à venir n’est annoncé pour le moment.',
		},
		ru: {
			one: 'Мероприятие',
			other: 'Мероприятия',
			intro: 'Совещания, практикумы и совещания групп экспертов.',
			all: 'Все мероприятия',
			latest: 'Мероприятия',
			upcoming: 'Предстоящие мероприятия',
			past: 'Прошедшие мероприятия',
			noneUpcoming: 'Предстоящих мероприятий пока не объявлено.',
		},
		es: {
			one: 'Evento',
			other: 'Eventos',
			intro: 'Reuniones, talleres y reuniones de grupos de expertos.',
			all: 'Todos los eventos',
			latest: 'Eventos',
			upcoming: 'Próximos eventos',
			past: 'Eventos anteriores',
			noneUpcoming: 'Por el momento no se ha anunciado ningún evento.',
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

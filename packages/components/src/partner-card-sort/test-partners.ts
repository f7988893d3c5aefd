import { PARTNER_KINDS, type PartnerInventory } from '@sel/core';

/**
 * A small, made-up partner inventory of one school community for tests and stories: one partner
 * of most kinds, with every inventory field filled in for the first.
 */
export const samplePartners: PartnerInventory = [
  {
    id: 'bright-futures',
    name: 'Bright Futures Afterschool',
    kind: 'out-of-school-time',
    mission: 'Give every child a safe, joyful place to learn and play after the bell.',
    outcomeGoals: ['Students build friendships across grades', 'Homework completion above 90%'],
    partnerContact: {
      name: 'Ana Ruiz',
      role: 'Program director',
      email: 'ana.ruiz@brightfutures.example',
      phone: '555-0142',
    },
    schoolContact: { name: 'Marcus Lee', role: 'Assistant principal', email: 'mlee@lincoln.example' },
    schedule: 'Mon–Thu 3:15–5:30 pm',
    duration: 'School year',
    location: 'Lincoln Elementary cafeteria and gym',
    targetAudience: 'Grades 3–5',
    notes: 'Staff asked for a shared morning-meeting routine.',
    history: 'Started as a homework club run by parent volunteers.',
    years: 4,
    fundingSource: '21st CCLC grant',
  },
  {
    id: 'eastside-clinic',
    name: 'Eastside Family Health Clinic',
    kind: 'health-care',
    partnerContact: { name: 'Dr. Priya Nair', role: 'School-based clinic lead' },
    location: 'Room 114',
  },
  {
    id: 'riverside-library',
    name: 'Riverside Public Library',
    kind: 'government-agency',
    partnerContact: { name: 'Joan Okafor' },
  },
  {
    id: 'youth-research',
    name: 'State University Center for Youth Research',
    kind: 'university-research-center',
  },
  {
    id: 'corner-bakery',
    name: 'Corner Street Bakery',
    kind: 'local-business',
    partnerContact: { name: 'Luis Ortega', role: 'Owner' },
  },
  {
    id: 'mentor-alliance',
    name: 'Youth Mentor Alliance',
    kind: 'embedded-direct-service',
    partnerContact: { name: 'Keisha Brown', role: 'Site coordinator' },
  },
  {
    id: 'harbor-foundation',
    name: 'Harbor Community Foundation',
    kind: 'mission-driven-foundation',
    partnerContact: { name: 'Sam Whitfield' },
  },
  {
    id: 'metro-college',
    name: 'Metro College of Education',
    kind: 'college-of-education',
    partnerContact: { name: 'Elena Petrova', role: 'Field placement office' },
  },
];

/** A generated inventory of `count` partners (`partner-1`...), cycling through every kind. */
export function largePartnerInventory(count: number): PartnerInventory {
  return Array.from({ length: count }, (_, index) => ({
    id: `partner-${index + 1}`,
    name: `Community partner ${index + 1}`,
    kind: PARTNER_KINDS[index % PARTNER_KINDS.length] ?? 'other',
    partnerContact: { name: `Contact ${index + 1}` },
  }));
}

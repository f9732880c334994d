// Demo readiness figures for the cohort (last financial year, VND). Named entries go to the startup
// of that name; the rest are handed out in order to the other demo startups, so the pipeline shows
// every level: certified, ready, close and in progress.
import type { Certification, ReadinessFigures } from './readiness.rules.js';

export interface DemoReadiness {
  startupName: string | null;
  fiscalYear: number;
  figures: ReadinessFigures;
  certified: Certification[];
}

const all = {
  registeredEnterprise: true,
  ownsOrLicensesStResults: true,
  stResultsRecognised: true,
  highTechProductListed: true,
  environmentAndQualityStandards: true,
};

const vnd = (n: number) => BigInt(Math.round(n * 1_000_000));

export const DEMO_READINESS: readonly DemoReadiness[] = [
  {
    // Sen Hồng: results not yet recognised, one step from the S&T certificate.
    startupName: 'Sen Hồng AgriTech',
    fiscalYear: 2025,
    figures: {
      facts: {
        ...all,
        stResultsRecognised: false,
        highTechProductListed: false,
        environmentAndQualityStandards: false,
      },
      figures: {
        totalRevenueVnd: vnd(3_200),
        stProductRevenueVnd: vnd(1_450),
        highTechProductRevenueVnd: vnd(0),
        rdSpendingVnd: vnd(180),
        employees: 14n,
        rdStaffWithDegree: 4n,
      },
    },
    certified: [],
  },
  {
    startupName: null,
    fiscalYear: 2025,
    figures: {
      facts: all,
      figures: {
        totalRevenueVnd: vnd(12_000),
        stProductRevenueVnd: vnd(7_800),
        highTechProductRevenueVnd: vnd(8_900),
        rdSpendingVnd: vnd(260),
        employees: 45n,
        rdStaffWithDegree: 6n,
      },
    },
    certified: ['st_enterprise'],
  },
  {
    startupName: null,
    fiscalYear: 2025,
    figures: {
      facts: { ...all, highTechProductListed: false },
      figures: {
        totalRevenueVnd: vnd(5_400),
        stProductRevenueVnd: vnd(2_100),
        highTechProductRevenueVnd: vnd(0),
        rdSpendingVnd: vnd(90),
        employees: 22n,
        rdStaffWithDegree: 3n,
      },
    },
    certified: [],
  },
  {
    startupName: null,
    fiscalYear: 2025,
    figures: {
      facts: { ...all, registeredEnterprise: false, stResultsRecognised: false },
      figures: {
        totalRevenueVnd: vnd(850),
        stProductRevenueVnd: vnd(200),
        rdSpendingVnd: vnd(10),
        employees: 6n,
        rdStaffWithDegree: 1n,
      },
    },
    certified: [],
  },
  {
    startupName: null,
    fiscalYear: 2025,
    figures: {
      facts: all,
      figures: {
        totalRevenueVnd: vnd(2_600),
        stProductRevenueVnd: vnd(700),
        highTechProductRevenueVnd: vnd(1_500),
        rdSpendingVnd: vnd(40),
        employees: 18n,
        rdStaffWithDegree: 2n,
      },
    },
    certified: [],
  },
  {
    startupName: null,
    fiscalYear: 2025,
    figures: {
      facts: { registeredEnterprise: true, ownsOrLicensesStResults: false },
      figures: { totalRevenueVnd: vnd(1_200) },
    },
    certified: [],
  },
  {
    startupName: null,
    fiscalYear: 2025,
    figures: {
      facts: all,
      figures: {
        totalRevenueVnd: vnd(7_300),
        stProductRevenueVnd: vnd(4_000),
        highTechProductRevenueVnd: vnd(5_300),
        rdSpendingVnd: vnd(120),
        employees: 30n,
        rdStaffWithDegree: 4n,
      },
    },
    certified: [],
  },
  {
    startupName: null,
    fiscalYear: 2025,
    figures: {
      facts: { ...all, environmentAndQualityStandards: false },
      figures: {
        totalRevenueVnd: vnd(3_900),
        stProductRevenueVnd: vnd(1_600),
        highTechProductRevenueVnd: vnd(2_900),
        rdSpendingVnd: vnd(50),
        employees: 25n,
        rdStaffWithDegree: 2n,
      },
    },
    certified: [],
  },
];

import { graphql } from '../gql';

export const SegmentReportQuery = graphql(`
  query SegmentReport($input: SegmentReportInput!) {
    segmentReport(input: $input) {
      key
      stays
      cancelled
      roomNights
      roomRevenue
      adr
      share
    }
  }
`);

export const CustomerRankingQuery = graphql(`
  query CustomerRanking($input: CustomerRankingInput!) {
    customerRanking(input: $input) {
      rank
      customer {
        id
        name
      }
      roomNights
      adr
      roomRevenue
      otherRevenue
      totalRevenue
      visits
      lastVisit
      valueClass
    }
  }
`);

export const ChurnRisksQuery = graphql(`
  query ChurnRisks($first: Int) {
    churnRisks(first: $first) {
      customer {
        id
        name
      }
      reasons
      explanation
      previousVisits
      recentVisits
      previousSpend
      recentSpend
      lastVisit
    }
  }
`);

export const StaffKpisQuery = graphql(`
  query StaffKpis($input: StaffKpiInput!) {
    staffKpis(input: $input) {
      rank
      user {
        id
        displayName
        department
      }
      callsHandled
      complaintsHandled
      complaintsOnTime
      onTimeRate
      averageResolutionMinutes
      followUpsDone
      followUpsOnTime
      recordsCollected
      recordsEnriched
      membersRecruited
      satisfaction
    }
  }
`);

export const ExportReportMutation = graphql(`
  mutation ExportReport($input: ExportReportInput!) {
    exportReport(input: $input) {
      fileName
      contentType
      contentBase64
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const CustomerValueQuery = graphql(`
  query CustomerValue($input: CustomerValueInput!) {
    customerValueReport(input: $input) {
      customers
      repeaters
      repeatRate
      rows {
        customer {
          id
          name
        }
        recency
        frequency
        monetary
        score
        lastVisit
        visits
        totalRevenue
        profitContribution
      }
    }
  }
`);

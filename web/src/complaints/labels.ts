import type { ComplaintStatus, Severity } from '../gql/graphql';

export const STATUSES: readonly ComplaintStatus[] = ['OPEN', 'INVESTIGATING', 'RESOLVED', 'CLOSED', 'REOPENED'];
export const SEVERITIES: readonly Severity[] = ['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'];
// The hotel's usual words; the fields take any text, these are offered first.
export const CATEGORIES = ['客房设施', '噪音', '卫生', '服务态度', '餐饮', '账单', '预订', '停车', '会议服务', '其他'];
export const CHANNELS = ['电话', '前台', '邮件', '微信', '点评网站', '大堂副理'];
export const DEPARTMENTS = ['前厅部', '客房部', '工程部', '餐饮部', '财务部', '销售部', '保安部', '采购部', '会议服务部'];

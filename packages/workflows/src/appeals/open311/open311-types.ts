/**
 * Shapes of the Open311 GeoReport v2 interface (JSON), as the specification names its fields
 * (snake_case, which is why these types do not follow the project's camelCase).
 * Specification: http://wiki.open311.org/GeoReport_v2
 */

export const GEOREPORT_V2_SPEC = 'http://wiki.open311.org/GeoReport_v2';

export type Open311Lang = 'zh-CN' | 'en';

export interface Open311Service {
  service_code: string;
  service_name: string;
  description: string;
  /** True when the service has a definition with extra attributes (GET services/{code}.json). */
  metadata: boolean;
  type: 'realtime' | 'batch' | 'blackbox';
  keywords: string;
  group: string;
}

export interface Open311AttributeValue {
  key: string;
  name: string;
}

export interface Open311Attribute {
  variable: boolean;
  code: string;
  datatype: 'string' | 'number' | 'datetime' | 'text' | 'singlevaluelist' | 'multivaluelist';
  required: boolean;
  datatype_description: string;
  order: number;
  description: string;
  values?: Open311AttributeValue[];
}

export interface Open311ServiceDefinition {
  service_code: string;
  attributes: Open311Attribute[];
}

/** POST requests: the fields a client may send (form-encoded or JSON); `attribute` holds `attribute[code]` values. */
export interface Open311RequestInput {
  jurisdiction_id?: string;
  service_code?: string;
  description?: string;
  lat?: number | string;
  long?: number | string;
  address_string?: string;
  email?: string;
  device_id?: string;
  account_id?: string;
  first_name?: string;
  last_name?: string;
  phone?: string;
  media_url?: string;
  attribute?: Record<string, string | string[] | undefined>;
}

export interface Open311RequestCreated {
  service_request_id: string;
  service_notice: string;
  account_id: string | null;
}

export interface Open311ServiceRequest {
  service_request_id: string;
  status: 'open' | 'closed';
  status_notes: string;
  service_name: string;
  service_code: string;
  description: string;
  agency_responsible: string;
  service_notice: string;
  requested_datetime: string;
  updated_datetime: string;
  expected_datetime: string | null;
  address: string | null;
  lat: number | null;
  long: number | null;
  media_url: string | null;
}

/** Open311 errors are a list of `{ code, description }`, code being the HTTP status. */
export interface Open311Error {
  code: number;
  description: string;
}

export interface Open311Discovery {
  changeset: string;
  contact: string;
  key_service: string;
  endpoints: { specification: string; url: string; changeset: string; type: 'production' | 'test'; formats: string[] }[];
}

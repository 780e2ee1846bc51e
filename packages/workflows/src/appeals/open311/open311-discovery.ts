import { GEOREPORT_V2_SPEC, type Open311Discovery } from './open311-types';

/** The discovery document (GET discovery.json) pointing clients at our GeoReport v2 endpoint. */
export function open311Discovery(options: { endpointUrl: string; contact: string; keyService: string; changeset: string; isProduction: boolean }): Open311Discovery {
  return {
    changeset: options.changeset,
    contact: options.contact,
    key_service: options.keyService,
    endpoints: [{ specification: GEOREPORT_V2_SPEC, url: options.endpointUrl, changeset: options.changeset, type: options.isProduction ? 'production' : 'test', formats: ['application/json'] }],
  };
}

export const DIRECTORY_PATH = '/public/service-providers';
export const MY_VOUCHERS_PATH = '/services/vouchers';
export const PROVIDER_CONSOLE_PATH = '/services/provider';
export const BUREAU_SERVICES_PATH = '/services/bureau';

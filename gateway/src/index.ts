export { createGateway, listenGateway, type CreateGatewayOptions, type GatewayApp } from './create-gateway.js';
export {
  type AuthConfig,
  GATEWAY_CLIENT_ID,
  type GatewayConfig,
  gatewayConfig,
  loadGatewayConfig,
  PORTAL_CLIENT_ID,
  REALM,
  type RoleGuard,
  SERVICE_NAMES,
  type ServiceName,
} from './config/gateway-config.js';
export {
  DEMO_ORGANISATIONS,
  DEMO_PASSWORD,
  DEMO_USERS,
  type DemoUser,
  describeDemoUsers,
} from './identity/demo-users.js';
export { KeycloakTokenVerifier, type KeycloakTokenVerifierOptions } from './auth/keycloak-token-verifier.js';
export type { TokenVerifier, VerifiedToken } from './auth/token-verifier.js';
export { principalFromClaims } from './auth/principal.js';

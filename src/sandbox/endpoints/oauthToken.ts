// POST /oauth/token: client credentials in HTTP Basic, grant_type in a form body. The success
// body is the bare token object of docs/api-contract.md (Authentication), not an envelope.
import { basicCredentials } from '../auth';
import { errorCodes, failure, invalidParameter } from '../envelope';
import type { Endpoint } from './context';

export const oauthToken: Endpoint = (request) => {
  const form = new URLSearchParams(request.body.toString('utf8'));
  if (form.get('grant_type') !== 'client_credentials') {
    return invalidParameter('(grant_type: must be client_credentials)');
  }
  const basic = basicCredentials(request.headers);
  const { credentials, tokens } = request.state;
  if (!basic || basic.id !== credentials.clientId || basic.secret !== credentials.clientSecret) {
    return failure(errorCodes.badCredentials, undefined, 401);
  }
  const issued = tokens.issue(basic.id);
  return {
    httpStatus: 200,
    enveloped: false,
    body: {
      token: issued.token,
      token_type: 'BearerToken',
      expires_in: issued.expiresIn,
      status: 'approved',
      issued_at: String(issued.issuedAtMs),
    },
  };
};

// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { checkDeploy, deployArgs, deployTargets } from './deploy-plan';

const good = {
  VITE_FIREBASE_PROJECT_ID: 'shequ-prod',
  VITE_FIREBASE_API_KEY: 'AIzaSyA1234567890abcdefghijklmnopqrstuv',
  VITE_FIREBASE_AUTH_DOMAIN: 'shequ-prod.firebaseapp.com',
  VITE_FIREBASE_APP_ID: '1:123456789012:web:abcdef0123456789',
  VITE_VAPID_PUBLIC_KEY:
    'BMEs35SIyyokZk5rlHfORBkIyRLIiOxujvCMuDVBn7aoQo4lDhmoPuJ0bjGT1AaZBs8ZtEFUfhfBGFHCTSdd9sQ',
};

describe('npm run deploy: what it refuses', () => {
  it('goes ahead with a complete production configuration for the same project', () => {
    expect(checkDeploy('shequ-prod', good)).toEqual([]);
  });
  it('refuses no project, a demo project and a malformed id', () => {
    expect(checkDeploy(undefined, good)[0]).toMatch(/--project/);
    expect(checkDeploy('demo-shequ', { ...good, VITE_FIREBASE_PROJECT_ID: 'demo-shequ' }).join()).toMatch(
      /demo project/,
    );
    expect(checkDeploy('Shequ_Prod', { ...good, VITE_FIREBASE_PROJECT_ID: 'Shequ_Prod' }).join()).toMatch(
      /not a Firebase project id/,
    );
  });
  it('names every missing value and where to find it', () => {
    const problems = checkDeploy('shequ-prod', { VITE_FIREBASE_PROJECT_ID: 'shequ-prod' });
    expect(problems).toHaveLength(4);
    expect(problems.join('\n')).toMatch(/VITE_VAPID_PUBLIC_KEY .*generate-vapid-keys/);
    expect(problems.join('\n')).toMatch(/VITE_FIREBASE_API_KEY .*Project settings/);
    expect(problems.join('\n')).toMatch(/VITE_FIREBASE_APP_ID/);
  });
  it('refuses a build for another project than the one deployed to', () => {
    expect(checkDeploy('shequ-prod', { ...good, VITE_FIREBASE_PROJECT_ID: 'shequ-test' }).join()).toMatch(
      /another project/,
    );
  });
  it('refuses a build that would talk to the emulators', () => {
    expect(checkDeploy('shequ-prod', { ...good, VITE_USE_EMULATORS: 'true' }).join()).toMatch(/emulators/);
    expect(
      checkDeploy('shequ-prod', { ...good, VITE_FIRESTORE_EMULATOR_HOST: '127.0.0.1:8080' }).join(),
    ).toMatch(/VITE_FIRESTORE_EMULATOR_HOST/);
  });
  it('refuses values that cannot be right', () => {
    expect(checkDeploy('shequ-prod', { ...good, VITE_FIREBASE_API_KEY: 'paste-here' }).join()).toMatch(
      /API key/,
    );
    expect(checkDeploy('shequ-prod', { ...good, VITE_FIREBASE_APP_ID: 'web-app' }).join()).toMatch(
      /web app id/,
    );
    expect(checkDeploy('shequ-prod', { ...good, VITE_ERROR_REPORT_URL: 'http://x' }).join()).toMatch(/https/);
    expect(checkDeploy('shequ-prod', { ...good, VITE_VAPID_PUBLIC_KEY: 'BMEs35' }).join()).toMatch(
      /VAPID public key/,
    );
    // the emulators' committed pair protects nothing
    expect(
      checkDeploy('shequ-prod', {
        ...good,
        VITE_VAPID_PUBLIC_KEY:
          'BGDd24FOgJ5bjKIEkfaHMwZ-U9CN0NHh45mbdiKip5erJXV7EU_GAbxn49lGam51l9oAMT7auKJ5LZ2SB09ncQU',
      }).join(),
    ).toMatch(/dev key/);
    expect(
      checkDeploy('shequ-prod', { ...good, VITE_BACKEND_HOST: 'https://fs.example.hk/firestore' }).join(),
    ).toMatch(/VITE_BACKEND_HOST/);
    expect(checkDeploy('shequ-prod', { ...good, VITE_BACKEND_HOST: 'same-origin' })).toEqual([]);
  });
});

describe('npm run deploy: what it runs', () => {
  it('deploys rules, indexes and the app, and the functions once they exist', () => {
    expect(deployTargets(false)).toEqual(['firestore:rules', 'firestore:indexes', 'hosting']);
    expect(deployTargets(true)).toContain('functions');
    expect(deployArgs('shequ-prod', deployTargets(false))).toEqual([
      'deploy',
      '--project',
      'shequ-prod',
      '--only',
      'firestore:rules,firestore:indexes,hosting',
      '--non-interactive',
    ]);
  });
});

/**
 * Every root field says who may call it: `@Public()` or `@SignedIn(...roles)`.
 * Both leave a mark in the field's extensions; a test walks the schema and fails on a root field with neither.
 */
import { Authorized, Extensions, type AuthChecker } from 'type-graphql';
import { AppError } from '../errors';
import type { Context, Role } from '../context';

export const accessExtension = 'access';

export function Public(): MethodDecorator {
  return Extensions({ [accessExtension]: 'PUBLIC' });
}

export function SignedIn(...roles: Role[]): MethodDecorator {
  return (target, key, descriptor) => {
    Authorized(...roles)(target, key, descriptor);
    Extensions({ [accessExtension]: roles.length ? roles.join('|') : 'SIGNED_IN' })(target, key, descriptor);
  };
}

/** type-graphql's hook: raises our own codes so every client sees UNAUTHENTICATED or FORBIDDEN. */
export const authChecker: AuthChecker<Context, Role> = ({ context }, roles) => {
  if (!context.viewer) throw new AppError('UNAUTHENTICATED');
  if (roles.length > 0 && !roles.some((role) => context.viewer!.roles.includes(role))) throw new AppError('FORBIDDEN');
  return true;
};

import { Navigate } from 'react-router';
import { useAuth } from './use-auth';
import { homePathFor } from '../../app/navigation';

/** `/` sends a signed-in user to the home of their role. */
export function HomeRedirect() {
  const { me } = useAuth();
  if (!me) return <Navigate to="/login" replace />;
  return <Navigate to={homePathFor(me)} replace />;
}

import { useEffect, useState } from 'react';
import { execute } from '../../api/client';
import { ComplaintAssigneesQuery } from '../operations';

/** Staff a complaint can be assigned to (managers only: others get an empty list). */
export function useAssignees(enabled: boolean): { id: string; displayName: string }[] {
  const [assignees, setAssignees] = useState<{ id: string; displayName: string }[]>([]);
  useEffect(() => {
    if (!enabled) return;
    execute(ComplaintAssigneesQuery, {})
      .then((d) => setAssignees(d.complaintAssignees))
      .catch(() => setAssignees([]));
  }, [enabled]);
  return assignees;
}

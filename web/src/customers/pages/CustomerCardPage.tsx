import { CustomerWorkspace } from '../components/CustomerWorkspace';

export function CustomerCardPage({ id }: { id: string }) {
  return (
    <main className="page customer-card" id="main">
      <CustomerWorkspace id={id} variant="page" />
    </main>
  );
}

import { render } from 'preact';

function App() {
  return <main>Composure</main>;
}

render(<App />, document.getElementById('app')!);

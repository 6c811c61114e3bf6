// OneStory in a React app. <onestory-intake> is a custom element: React renders it like any
// tag and passes strings as attributes. Events are listened to on the element itself (a
// ref), which works the same in React 18 and 19.
import { useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';

function Intake({ definition, endpoint, onSubmitted }) {
  const ref = useRef(null);
  useEffect(() => {
    const element = ref.current;
    const submitted = (event) => onSubmitted(event.detail);
    element.addEventListener('onestory-submitted', submitted);
    return () => element.removeEventListener('onestory-submitted', submitted);
  }, [onSubmitted]);
  return <onestory-intake ref={ref} definition={definition} endpoint={endpoint} exit-url="https://www.bbc.co.uk/weather" />;
}

function App() {
  const [reference, setReference] = useState('');
  return (
    <main>
      <h1>Get help from local services</h1>
      <Intake
        definition="/definitions/walking-skeleton.definition.json"
        endpoint="/api/submissions"
        onSubmitted={(detail) => setReference(detail.reference)}
      />
      <p className="host-status" id="host-status" role="status">
        {reference && `Sent. Reference ${reference}.`}
      </p>
    </main>
  );
}

createRoot(document.getElementById('root')).render(<App />);

export function BreakApp() {
  return (
    <main className="content">
      <h1>Time for a break</h1>
      <p>Stand up, look away from the screen and move for a few minutes.</p>
    </main>
  )
}

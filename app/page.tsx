export default function DashboardPage() {
  return <main><h1>SCO Security Atlas</h1></main>;
}

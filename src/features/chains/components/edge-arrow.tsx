/** The arrowhead of a chain edge, as an SVG marker (`markerEnd="url(#<id>)"`): both chain views use it. */
export function EdgeArrow({ id }: { id: string }) {
  return (
    <defs>
      <marker id={id} viewBox="0 0 6 6" refX="5" refY="3" markerWidth="6" markerHeight="6" orient="auto">
        <path d="M0,0 L6,3 L0,6 z" className="edge-head" />
      </marker>
    </defs>
  );
}

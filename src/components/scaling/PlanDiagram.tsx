import { baselineFor, ENI_R, FONT } from '../../scaling/drawing.ts';
import type { Layout, Line } from '../../scaling/layout.ts';
import type { PlanView } from '../../scaling/plan-view.ts';

interface Props {
	/** The drawing's short name and its description. */
	picture: PlanView['picture'];
	layout: Layout;
	idPrefix: string;
}

/** A hexagon around a centre: the marker for the API Gateway-managed network interfaces a subnet can hold. */
function hexagon(cx: number, cy: number, r: number): string {
	return Array.from({ length: 6 }, (_, i) => {
		const angle = (Math.PI / 3) * i + Math.PI / 6;
		return `${(cx + r * Math.cos(angle)).toFixed(2)},${(cy + r * Math.sin(angle)).toFixed(2)}`;
	}).join(' ');
}

const Segment = ({ line, className }: { line: Line; className: string }) => (
	<line className={className} x1={line.from.x} y1={line.from.y} x2={line.to.x} y2={line.to.y} />
);

/**
 * The plan drawn: APIs fanning into one VPC link V2, and the subnets the link uses, one column
 * per Availability Zone, each marked once for the link's managed network interfaces (never
 * counted: AWS does not publish the number). The caption below says the same in words.
 */
export default function PlanDiagram({ picture, layout, idPrefix }: Props) {
	const captionId = `${idPrefix}-picture-text`;
	return (
		<figure className="scaling-diagram">
			<div className="scaling-diagram__canvas">
				<svg data-diagram="" viewBox={`0 0 ${layout.width} ${layout.height}`} width="100%" role="img" aria-label={picture.label} aria-describedby={captionId}>
					<g className="scaling-diagram__vpc">
						<rect x={layout.vpc.x} y={layout.vpc.y} width={layout.vpc.width} height={layout.vpc.height} rx={12} />
						<text x={layout.vpc.x + 10} y={layout.vpc.y + 22}>
							{layout.vpc.label}
						</text>
					</g>
					{layout.fan.map((line, index) => (
						<Segment key={index} line={line} className="scaling-diagram__wire" />
					))}
					<Segment line={layout.drop} className="scaling-diagram__wire" />
					<Segment line={layout.bus} className="scaling-diagram__wire" />
					{layout.apis.map((api) => (
						<g key={api.label} className={api.more ? 'scaling-diagram__api scaling-diagram__api--more' : 'scaling-diagram__api'}>
							<rect x={api.x} y={api.y} width={api.width} height={api.height} rx={8} />
							<text x={api.x + api.width / 2} y={baselineFor(api.y + api.height / 2, FONT.api)} textAnchor="middle">
								{api.label}
							</text>
						</g>
					))}
					<g className="scaling-diagram__link">
						<rect x={layout.link.x} y={layout.link.y} width={layout.link.width} height={layout.link.height} rx={10} />
						<text x={layout.link.x + layout.link.width / 2} y={baselineFor(layout.link.y + layout.link.height / 2, FONT.link)} textAnchor="middle">
							{layout.link.label}
						</text>
					</g>
					{layout.zones.map((zone) => (
						<g key={zone.label} className="scaling-diagram__zone">
							<rect x={zone.x} y={zone.y} width={zone.width} height={zone.height} rx={8} />
							<text className="scaling-diagram__zone-label" x={zone.x + 12} y={zone.y + 18}>
								{zone.label}
							</text>
							<Segment line={zone.spine} className="scaling-diagram__wire" />
							{zone.subnets.map((subnet, index) => (
								<g key={index} className="scaling-diagram__subnet">
									<rect x={subnet.x} y={subnet.y} width={subnet.width} height={subnet.height} rx={6} />
									<text x={subnet.x + subnet.width / 2} y={subnet.y + 15} textAnchor="middle">
										{subnet.label.map((line, lineIndex) => (
											<tspan key={lineIndex} x={subnet.x + subnet.width / 2} dy={lineIndex === 0 ? 0 : 13}>
												{/* The space keeps the words apart in the text that is read and searched. */}
												{lineIndex < subnet.label.length - 1 ? `${line} ` : line}
											</tspan>
										))}
									</text>
									<Segment line={subnet.stub} className="scaling-diagram__wire" />
									<polygon className="scaling-diagram__eni" points={hexagon(subnet.eni.x, subnet.eni.y, ENI_R)} />
								</g>
							))}
						</g>
					))}
				</svg>
			</div>
			<ul className="scaling-diagram__legend">
				<li>
					<svg className="scaling-diagram__swatch" viewBox="0 0 20 20" width="16" height="16" aria-hidden="true" focusable="false">
						<polygon className="scaling-diagram__eni" points={hexagon(10, 10, 8)} />
					</svg>
					Network interfaces that API Gateway manages for the link: one marker per subnet the link uses. AWS does not publish how many interfaces it
					creates, or how it spreads them over those subnets.
				</li>
				<li>
					<span className="scaling-diagram__swatch-text" aria-hidden="true">
						AZ
					</span>
					Availability Zone
				</li>
			</ul>
			<figcaption className="scaling-diagram__caption" id={captionId}>
				{picture.text}
			</figcaption>
		</figure>
	);
}

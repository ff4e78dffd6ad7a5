import { areaTexts } from '../../cross-account/drawing.ts';
import type { Area } from '../../cross-account/model.ts';

/**
 * The box behind components that both cross-account drawings (the explorer's and the refused
 * link's) share: an account, a VPC, API Gateway's managed side or the internet, coloured by who
 * runs it. A component's own box is the explorers' shared NodeBody (../shared/svg-parts.tsx).
 */
export function AreaShape({ area }: { area: Area }) {
	const owner = area.owner ? ` area--${area.owner}` : '';
	return (
		<g className={`area cross-account-area cross-account-area--${area.kind}${owner}`}>
			<rect x={area.x} y={area.y} width={area.width} height={area.height} rx={area.kind === 'account' ? 16 : 10} />
			{areaTexts(area).map((text) => (
				<text
					key={text.text}
					className={text.sub ? 'cross-account-area__sublabel' : 'cross-account-area__label'}
					x={text.x}
					y={text.y}
					textAnchor={text.anchor}
					dominantBaseline="central"
				>
					{text.text}
				</text>
			))}
		</g>
	);
}

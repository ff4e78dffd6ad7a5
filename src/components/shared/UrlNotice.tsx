interface Props {
	notices: string[];
	onDismiss: () => void;
}

/**
 * What could not be used from a shared link. The status region is always in the page, so it is
 * announced when it fills. The notices are the island's own sentences, never text from the link.
 */
export default function UrlNotice({ notices, onDismiss }: Props) {
	return (
		<div role="status" className="url-notice-region">
			{notices.length > 0 && (
				<div className="url-notice">
					<p className="url-notice__title">The link you followed could not be used in full.</p>
					<ul>
						{notices.map((notice, index) => (
							<li key={index}>{notice}</li>
						))}
					</ul>
					<button type="button" className="island-button" onClick={onDismiss}>
						Dismiss
					</button>
				</div>
			)}
		</div>
	);
}

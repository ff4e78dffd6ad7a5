#!/usr/bin/env bash
# Cross-account, consumer side (API account 111111111111): HTTP API -> VPC link V2 -> internal
# ALB -> interface VPC endpoint -> the provider's endpoint service in account 222222222222.
#
# A VPC link only reaches load balancers in its own account, so this account puts its own ALB in
# front of an interface endpoint to the provider's service. The ALB's targets are the endpoint's
# IP addresses. Run cross-account-provider.sh first, then this, with AWS CLI v2 and credentials
# for the API account.
set -euo pipefail

# ---- Your values ------------------------------------------------------------------------------
# Placeholders: replace them. The VPC and its private subnets must exist already. Use subnets in
# at least two Availability Zones (an ALB needs two) whose zone IDs are among those the provider
# script printed: an endpoint can only be placed in zones the provider's NLB serves.
REGION=us-east-1
VPC_ID=vpc-0111111111111111a
SUBNET_IDS=(subnet-0111111111111111b subnet-0111111111111111c)
NAME=orders
# Printed by cross-account-provider.sh.
PROVIDER_SERVICE_NAME=com.amazonaws.vpce.us-east-1.vpce-svc-0123456789abcdef0

# Every command below goes to this Region.
export AWS_DEFAULT_REGION="$REGION"

# ---- 1. Security groups -----------------------------------------------------------------------
# Three hops inside this account: VPC link -> ALB -> endpoint. Each accepts port 80 only from the
# hop before it. New groups allow all outbound traffic.
LINK_SG=$(aws ec2 create-security-group \
	--group-name "$NAME-vpc-link" \
	--description "ENIs of the API Gateway VPC link for $NAME" \
	--vpc-id "$VPC_ID" \
	--query GroupId --output text)
ALB_SG=$(aws ec2 create-security-group \
	--group-name "$NAME-alb" \
	--description "Internal ALB in front of the $NAME endpoint" \
	--vpc-id "$VPC_ID" \
	--query GroupId --output text)
ENDPOINT_SG=$(aws ec2 create-security-group \
	--group-name "$NAME-endpoint" \
	--description "Interface endpoint to the $NAME provider" \
	--vpc-id "$VPC_ID" \
	--query GroupId --output text)

aws ec2 authorize-security-group-ingress \
	--group-id "$ALB_SG" \
	--ip-permissions "IpProtocol=tcp,FromPort=80,ToPort=80,UserIdGroupPairs=[{GroupId=$LINK_SG}]" >/dev/null
aws ec2 authorize-security-group-ingress \
	--group-id "$ENDPOINT_SG" \
	--ip-permissions "IpProtocol=tcp,FromPort=80,ToPort=80,UserIdGroupPairs=[{GroupId=$ALB_SG}]" >/dev/null

# ---- 2. Interface endpoint to the provider's service --------------------------------------------
# One network interface per subnet, each with a private address in this VPC. The provider's
# service has no private DNS name, so private DNS is off.
#region endpoint
ENDPOINT_ID=$(aws ec2 create-vpc-endpoint \
	--vpc-endpoint-type Interface \
	--vpc-id "$VPC_ID" \
	--service-name "$PROVIDER_SERVICE_NAME" \
	--subnet-ids "${SUBNET_IDS[@]}" \
	--security-group-ids "$ENDPOINT_SG" \
	--no-private-dns-enabled \
	--query VpcEndpoint.VpcEndpointId --output text)
#endregion

# No CLI waiter covers endpoints, so poll. The state is compared in lower case so that either
# spelling, "Available" or "available", matches.
while :; do
	ENDPOINT_STATE=$(aws ec2 describe-vpc-endpoints \
		--vpc-endpoint-ids "$ENDPOINT_ID" \
		--query 'VpcEndpoints[0].State' --output text)
	case "${ENDPOINT_STATE,,}" in
		available) break ;;
		pending) sleep 15 ;;
		pendingacceptance) echo "Waiting for the provider to accept $ENDPOINT_ID..." >&2; sleep 30 ;;
		*) echo "Endpoint $ENDPOINT_ID is $ENDPOINT_STATE" >&2; exit 1 ;;
	esac
done

# The endpoint's private addresses become the ALB's targets.
read -r -a ENDPOINT_ENIS <<<"$(aws ec2 describe-vpc-endpoints \
	--vpc-endpoint-ids "$ENDPOINT_ID" \
	--query 'VpcEndpoints[0].NetworkInterfaceIds' --output text)"
read -r -a ENDPOINT_IPS <<<"$(aws ec2 describe-network-interfaces \
	--network-interface-ids "${ENDPOINT_ENIS[@]}" \
	--query 'NetworkInterfaces[].PrivateIpAddress' --output text)"

# ---- 3. Internal ALB with an IP target group -----------------------------------------------------
ALB_ARN=$(aws elbv2 create-load-balancer \
	--name "$NAME-alb" \
	--type application \
	--scheme internal \
	--subnets "${SUBNET_IDS[@]}" \
	--security-groups "$ALB_SG" \
	--query 'LoadBalancers[0].LoadBalancerArn' --output text)

# IP targets, because the endpoint is neither an instance nor a Lambda function. The health check
# goes through the endpoint to the provider's tasks, so it tests the whole way across.
TG_ARN=$(aws elbv2 create-target-group \
	--name "$NAME-endpoint" \
	--protocol HTTP \
	--port 80 \
	--vpc-id "$VPC_ID" \
	--target-type ip \
	--health-check-path / \
	--query 'TargetGroups[0].TargetGroupArn' --output text)

TARGETS=()
for ip in "${ENDPOINT_IPS[@]}"; do
	TARGETS+=("Id=$ip,Port=80")
done
# If the endpoint is ever replaced, its addresses change: register the new ones here.
aws elbv2 register-targets --target-group-arn "$TG_ARN" --targets "${TARGETS[@]}"

# The HTTP API integration points at this listener.
LISTENER_ARN=$(aws elbv2 create-listener \
	--load-balancer-arn "$ALB_ARN" \
	--protocol HTTP \
	--port 80 \
	--default-actions "Type=forward,TargetGroupArn=$TG_ARN" \
	--query 'Listeners[0].ListenerArn' --output text)

aws elbv2 wait load-balancer-available --load-balancer-arns "$ALB_ARN"
aws elbv2 wait target-in-service --target-group-arn "$TG_ARN"

# ---- 4. VPC link V2 ----------------------------------------------------------------------------
VPC_LINK_ID=$(aws apigatewayv2 create-vpc-link \
	--name "$NAME-link" \
	--subnet-ids "${SUBNET_IDS[@]}" \
	--security-group-ids "$LINK_SG" \
	--query VpcLinkId --output text)

# The link stays PENDING for a few minutes. The CLI has no waiter for VPC links, so poll.
while :; do
	LINK_STATUS=$(aws apigatewayv2 get-vpc-link \
		--vpc-link-id "$VPC_LINK_ID" \
		--query VpcLinkStatus --output text)
	case "$LINK_STATUS" in
		AVAILABLE) break ;;
		PENDING) sleep 15 ;;
		*) echo "VPC link $VPC_LINK_ID is $LINK_STATUS" >&2; exit 1 ;;
	esac
done

# ---- 5. HTTP API, integration, route and stage -------------------------------------------------
API_ID=$(aws apigatewayv2 create-api \
	--name "$NAME-http-api" \
	--protocol-type HTTP \
	--query ApiId --output text)

# Exactly as for a backend in this account: the integration sees only the local ALB's listener.
INTEGRATION_ID=$(aws apigatewayv2 create-integration \
	--api-id "$API_ID" \
	--integration-type HTTP_PROXY \
	--connection-type VPC_LINK \
	--connection-id "$VPC_LINK_ID" \
	--integration-uri "$LISTENER_ARN" \
	--integration-method ANY \
	--payload-format-version 1.0 \
	--query IntegrationId --output text)

aws apigatewayv2 create-route \
	--api-id "$API_ID" \
	--route-key 'ANY /{proxy+}' \
	--target "integrations/$INTEGRATION_ID" >/dev/null

# $default is served at the root of the API's URL and, with auto-deploy, needs no deployments.
aws apigatewayv2 create-stage \
	--api-id "$API_ID" \
	--stage-name '$default' \
	--auto-deploy >/dev/null

# ---- 6. Test -----------------------------------------------------------------------------------
# The request crosses both accounts: API -> link -> ALB -> endpoint -> provider NLB -> task.
API_ENDPOINT=$(aws apigatewayv2 get-api --api-id "$API_ID" --query ApiEndpoint --output text)
echo "Calling $API_ENDPOINT/index.html"
curl --fail --silent --show-error "$API_ENDPOINT/index.html"

# ---- Clean up ----------------------------------------------------------------------------------
# Deletes what this script created, newest first; then the provider can delete its side. To use
# it, remove the "#" in front of the last line.
delete_security_group() {
	# Network interfaces of deleted load balancers, endpoints and VPC links go away a little
	# later; until then the group is still in use, so try again for a few minutes.
	for attempt in 1 2 3 4 5 6 7 8 9 10; do
		if aws ec2 delete-security-group --group-id "$1" 2>/dev/null; then
			return 0
		fi
		echo "Security group $1 is still in use (attempt $attempt); retrying in 30 seconds." >&2
		sleep 30
	done
	return 1
}

cleanup() {
	aws apigatewayv2 delete-api --api-id "$API_ID"
	aws apigatewayv2 delete-vpc-link --vpc-link-id "$VPC_LINK_ID" >/dev/null
	aws elbv2 delete-load-balancer --load-balancer-arn "$ALB_ARN"
	aws elbv2 wait load-balancers-deleted --load-balancer-arns "$ALB_ARN"
	aws elbv2 delete-target-group --target-group-arn "$TG_ARN"
	aws ec2 delete-vpc-endpoints --vpc-endpoint-ids "$ENDPOINT_ID" >/dev/null
	delete_security_group "$ENDPOINT_SG"
	delete_security_group "$ALB_SG"
	delete_security_group "$LINK_SG"
}

# cleanup

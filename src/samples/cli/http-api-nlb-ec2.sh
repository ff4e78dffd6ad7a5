#!/usr/bin/env bash
# HTTP API -> VPC link V2 -> internal Network Load Balancer -> EC2 Auto Scaling group "orders".
#
# Builds security groups, the NLB with a TCP listener on port 80, the VPC link and the HTTP API.
# The instances themselves come from your own launch template and Auto Scaling group (Amazon
# Linux 2023 serving HTTP on port 80); EC2 Auto Scaling is outside this script, which stops and
# tells you what to attach. Run it with AWS CLI v2 and credentials for the API account.
set -euo pipefail

# ---- Your values ------------------------------------------------------------------------------
# Placeholders: replace them. The VPC and its private subnets must exist already; use the
# subnets your Auto Scaling group launches into, in more than one Availability Zone.
REGION=us-east-1
VPC_ID=vpc-0123456789abcdef0
SUBNET_IDS=(subnet-0aaaaaaaaaaaaaaa1 subnet-0bbbbbbbbbbbbbbb2)
NAME=orders

# Every command below goes to this Region.
export AWS_DEFAULT_REGION="$REGION"

# ---- 1. Security groups -----------------------------------------------------------------------
# One group per hop; new groups allow all outbound traffic. The NLB accepts port 80 from the VPC
# link only, and the instances accept port 80 from the NLB only. An NLB created without security
# groups can never be given one, so the NLB's group has to exist before the NLB does.
LINK_SG=$(aws ec2 create-security-group \
	--group-name "$NAME-vpc-link" \
	--description "ENIs of the API Gateway VPC link for $NAME" \
	--vpc-id "$VPC_ID" \
	--query GroupId --output text)
NLB_SG=$(aws ec2 create-security-group \
	--group-name "$NAME-nlb" \
	--description "Internal NLB for $NAME" \
	--vpc-id "$VPC_ID" \
	--query GroupId --output text)
# Give this group to the instances in your launch template.
INSTANCE_SG=$(aws ec2 create-security-group \
	--group-name "$NAME-instances" \
	--description "EC2 instances of $NAME" \
	--vpc-id "$VPC_ID" \
	--query GroupId --output text)

aws ec2 authorize-security-group-ingress \
	--group-id "$NLB_SG" \
	--ip-permissions "IpProtocol=tcp,FromPort=80,ToPort=80,UserIdGroupPairs=[{GroupId=$LINK_SG}]" >/dev/null
# Referring to the NLB's group, rather than to addresses, lets traffic through even when the NLB
# preserves client IP addresses (the default for instance targets over TCP). Health checks use
# the same port, so this one rule covers both.
aws ec2 authorize-security-group-ingress \
	--group-id "$INSTANCE_SG" \
	--ip-permissions "IpProtocol=tcp,FromPort=80,ToPort=80,UserIdGroupPairs=[{GroupId=$NLB_SG}]" >/dev/null

# ---- 2. Internal NLB, target group and listener -----------------------------------------------
NLB_ARN=$(aws elbv2 create-load-balancer \
	--name "$NAME-nlb" \
	--type network \
	--scheme internal \
	--subnets "${SUBNET_IDS[@]}" \
	--security-groups "$NLB_SG" \
	--query 'LoadBalancers[0].LoadBalancerArn' --output text)

# The NLB forwards TCP; the health check still asks the web server for "/" over HTTP, so an
# instance counts as healthy only once it really serves pages.
TG_ARN=$(aws elbv2 create-target-group \
	--name "$NAME-instances" \
	--protocol TCP \
	--port 80 \
	--vpc-id "$VPC_ID" \
	--target-type instance \
	--health-check-protocol HTTP \
	--health-check-path / \
	--query 'TargetGroups[0].TargetGroupArn' --output text)

# The HTTP API integration points at this listener, not at the load balancer.
LISTENER_ARN=$(aws elbv2 create-listener \
	--load-balancer-arn "$NLB_ARN" \
	--protocol TCP \
	--port 80 \
	--default-actions "Type=forward,TargetGroupArn=$TG_ARN" \
	--query 'Listeners[0].ListenerArn' --output text)

aws elbv2 wait load-balancer-available --load-balancer-arns "$NLB_ARN"

# ---- 3. The instances --------------------------------------------------------------------------
# Attach the target group to your Auto Scaling group (EC2 Auto Scaling's AttachTrafficSources
# API, or the group's target group setting when you create it). Its launch template must put the
# instances in the subnets above with the security group created in step 1. The group then
# registers every instance it launches and removes every instance it terminates.
echo "Attach target group $TG_ARN to your Auto Scaling group;"
echo "its launch template must use security group $INSTANCE_SG. Waiting for healthy targets..."

# Returns when every registered instance passes its health check. It gives up after 40 checks,
# 15 seconds apart, which stops the script: attach the group within those ten minutes.
aws elbv2 wait target-in-service --target-group-arn "$TG_ARN"

# ---- 4. VPC link V2 ----------------------------------------------------------------------------
# Subnets and a security group, no load balancer: the link's network interfaces live in these
# subnets and can reach any NLB or ALB in the VPC that their security group is allowed into.
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

#region integration
# Same shape as for an ALB: HTTP_PROXY through the link, with the NLB *listener* ARN as the URI.
INTEGRATION_ID=$(aws apigatewayv2 create-integration \
	--api-id "$API_ID" \
	--integration-type HTTP_PROXY \
	--connection-type VPC_LINK \
	--connection-id "$VPC_LINK_ID" \
	--integration-uri "$LISTENER_ARN" \
	--integration-method ANY \
	--payload-format-version 1.0 \
	--query IntegrationId --output text)
#endregion

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
# Assumes the web server has an index.html; use any path your instances serve.
API_ENDPOINT=$(aws apigatewayv2 get-api --api-id "$API_ID" --query ApiEndpoint --output text)
echo "Calling $API_ENDPOINT/index.html"
curl --fail --silent --show-error "$API_ENDPOINT/index.html"

# ---- Clean up ----------------------------------------------------------------------------------
# Deletes what this script created, newest first. Detach the target group from your Auto Scaling
# group first. To use it, remove the "#" in front of the last line.
delete_security_group() {
	# Network interfaces of deleted load balancers and VPC links go away a little later; until
	# then the group is still in use, so try again for a few minutes.
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
	aws elbv2 delete-load-balancer --load-balancer-arn "$NLB_ARN"
	aws elbv2 wait load-balancers-deleted --load-balancer-arns "$NLB_ARN"
	aws elbv2 delete-target-group --target-group-arn "$TG_ARN"
	delete_security_group "$INSTANCE_SG"
	delete_security_group "$NLB_SG"
	delete_security_group "$LINK_SG"
}

# cleanup
